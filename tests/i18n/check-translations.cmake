# The translation gate: fails when a committed .ts file is not what a fresh lupdate would write
# (strings added, changed or removed in the code without updating the catalogue), or when any
# message is unfinished, vanished or obsolete, or a plural message lacks its forms (English needs two,
# Chinese one).
#
# "No unfinished entries" alone proves nothing: a catalogue that never saw new strings has none.
# So lupdate runs on a copy and the copy must equal the committed file byte for byte.
#
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DINCLUDE_DIRS=dir|dir -DWORK_DIR=... -P check-translations.cmake
cmake_minimum_required(VERSION 3.25)

# lupdate's include paths, as the build gives them (IM_TR_INCLUDE_DIRS), joined by "|".
string(REPLACE "|" ";" include_dirs "${INCLUDE_DIRS}")
set(include_args "")
foreach(dir IN LISTS include_dirs)
    list(APPEND include_args -I "${dir}")
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB TS_FILES "${SOURCE_DIR}/translations/*.ts")
if(NOT TS_FILES)
    message(FATAL_ERROR "no .ts files in ${SOURCE_DIR}/translations")
endif()
# The languages we ship; a catalogue deleted by mistake must not pass as "nothing to check".
foreach(language en zh_CN zh_TW)
    if(NOT EXISTS "${SOURCE_DIR}/translations/indicator-manager_${language}.ts")
        message(FATAL_ERROR "translations/indicator-manager_${language}.ts is missing")
    endif()
endforeach()

file(GLOB_RECURSE SOURCES
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.ui")
list(SORT SOURCES)
set(LIST_FILE "${WORK_DIR}/sources.lst")
list(JOIN SOURCES "\n" SOURCE_LINES)
file(WRITE "${LIST_FILE}" "${SOURCE_LINES}\n")

set(failures "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    set(extra "")
    if(name MATCHES "_en\\.ts$")
        set(extra -pluralonly) # English holds only plural forms
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -no-obsolete -locations none -no-ui-lines ${extra} ${include_args}
                "@${LIST_FILE}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ "${ts}" committed)
    file(READ "${copy}" fresh)
    if(NOT committed STREQUAL fresh)
        execute_process(COMMAND diff -u "${ts}" "${copy}" OUTPUT_VARIABLE diff)
        string(SUBSTRING "${diff}" 0 4000 diff)
        string(APPEND failures "${name} is stale: run `cmake --build build --target update_translations`, "
                               "translate the new strings and commit.\n${diff}\n")
    endif()
    foreach(bad unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${bad}\"" hits "${committed}")
        list(LENGTH hits count)
        if(count GREATER 0)
            string(APPEND failures "${name}: ${count} ${bad} message(s).\n")
        endif()
    endforeach()
    string(REGEX MATCHALL "<numerusform>[ \t\r\n]*</numerusform>|<numerusform/>" empty "${committed}")
    list(LENGTH empty count)
    if(count GREATER 0)
        string(APPEND failures "${name}: ${count} empty plural form(s).\n")
    endif()
    # Every plural message needs exactly as many forms as the language has (English 2, Chinese 1);
    # a form missing or left over would show the wrong text for some counts.
    if(name MATCHES "_en\\.ts$")
        set(forms 2)
    else()
        set(forms 1)
    endif()
    # One list item per message (";", "[" and "]" in texts are masked first: CMake lists split on ";"
    # except inside brackets).
    string(REPLACE ";" "@semicolon@" messages "${committed}")
    string(REPLACE "[" "@lb@" messages "${messages}")
    string(REPLACE "]" "@rb@" messages "${messages}")
    string(REPLACE "</message>" ";" messages "${messages}")
    set(wrongForms 0)
    foreach(message IN LISTS messages)
        if(message MATCHES "<message numerus=\"yes\">")
            string(REGEX MATCHALL "<numerusform>[^<]*[^< \t\r\n][^<]*</numerusform>" formTags "${message}")
            list(LENGTH formTags formCount)
            if(NOT formCount EQUAL forms)
                math(EXPR wrongForms "${wrongForms} + 1")
            endif()
        endif()
    endforeach()
    if(wrongForms GREATER 0)
        string(APPEND failures "${name}: ${wrongForms} plural message(s) without exactly ${forms} form(s).\n")
    endif()
    string(REGEX MATCHALL "<translation>[ \t\r\n]*</translation>|<translation/>" emptyTr "${committed}")
    list(LENGTH emptyTr count)
    if(count GREATER 0)
        string(APPEND failures "${name}: ${count} empty translation(s).\n")
    endif()
endforeach()

if(failures)
    message(FATAL_ERROR "Translation gate failed:\n${failures}")
endif()
message(STATUS "Translations are fresh and complete: ${TS_FILES}")

# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the MSI: installs the build into a staging directory, writes the WiX fragment that lists
# every staged file (component group AppFiles), and links it with the product source.
#   cmake -DBUILD_DIR=... -DSTAGE_DIR=... -DPRODUCT_WXS=... -DICON=... -DOUTPUT=...
#         [-DWIXL=wixl] | [-DCANDLE=candle -DLIGHT=light]  -P make-msi.cmake
# The `msi` target of installer/CMakeLists.txt passes all of these.
cmake_minimum_required(VERSION 3.25)
foreach(var BUILD_DIR STAGE_DIR PRODUCT_WXS ICON OUTPUT)
    if(NOT ${var})
        message(FATAL_ERROR "make-msi.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${STAGE_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE_DIR}/root --strip
    COMMAND_ERROR_IS_FATAL ANY OUTPUT_QUIET)
# wixl only reads files by paths relative to where it runs: everything goes into STAGE_DIR.
file(COPY_FILE ${ICON} ${STAGE_DIR}/AppIcon.ico)
file(COPY_FILE ${PRODUCT_WXS} ${STAGE_DIR}/IndicatorManager.wxs)

# One component per file, with a GUID that WiX derives from the file's path ("*"), and a directory
# element per folder. Identifiers are made from a hash of the path, so they stay the same between builds.
set(root ${STAGE_DIR}/root)
file(GLOB_RECURSE files RELATIVE ${root} LIST_DIRECTORIES false ${root}/*)
list(SORT files)
set(directories "")
foreach(f IN LISTS files)
    get_filename_component(dir ${f} DIRECTORY)
    list(APPEND directories_of_${dir} ${f})
    while(NOT dir STREQUAL "" AND NOT dir IN_LIST directories)
        list(APPEND directories ${dir})
        get_filename_component(dir ${dir} DIRECTORY)
    endwhile()
endforeach()
list(SORT directories)

function(wix_id prefix text out)
    string(MD5 hash "${text}")
    string(SUBSTRING ${hash} 0 16 hash)
    set(${out} ${prefix}${hash} PARENT_SCOPE)
endfunction()

# Writes the <Directory> tree below `parent` ("" is INSTALLDIR) with its components.
set(components "")
function(write_directory parent indent)
    foreach(f IN LISTS directories_of_${parent})
        wix_id(c "${f}" cid)
        wix_id(f "${f}" fid)
        get_filename_component(name ${f} NAME)
        string(APPEND xml "${indent}<Component Id=\"${cid}\" Guid=\"*\" Win64=\"yes\">\n")
        string(APPEND xml "${indent}  <File Id=\"${fid}\" Name=\"${name}\" Source=\"root/${f}\" KeyPath=\"yes\"/>\n")
        string(APPEND xml "${indent}</Component>\n")
        list(APPEND components ${cid})
    endforeach()
    foreach(d IN LISTS directories)
        get_filename_component(up ${d} DIRECTORY)
        if(up STREQUAL parent)
            wix_id(d "${d}" did)
            get_filename_component(name ${d} NAME)
            string(APPEND xml "${indent}<Directory Id=\"${did}\" Name=\"${name}\">\n")
            write_directory("${d}" "${indent}  ")
            string(APPEND xml "${indent}</Directory>\n")
        endif()
    endforeach()
    set(xml "${xml}" PARENT_SCOPE)
    set(components "${components}" PARENT_SCOPE)
endfunction()

set(xml "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Wix xmlns=\"http://schemas.microsoft.com/wix/2006/wi\">\n  <Fragment>\n    <DirectoryRef Id=\"INSTALLDIR\">\n")
write_directory("" "      ")
string(APPEND xml "    </DirectoryRef>\n    <ComponentGroup Id=\"AppFiles\">\n")
foreach(cid IN LISTS components)
    string(APPEND xml "      <ComponentRef Id=\"${cid}\"/>\n")
endforeach()
string(APPEND xml "    </ComponentGroup>\n  </Fragment>\n</Wix>\n")
set(files_wxs ${STAGE_DIR}/files.wxs)
file(WRITE ${files_wxs} "${xml}")
list(LENGTH components count)
message(STATUS "MSI payload: ${count} files")

get_filename_component(out_dir ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${out_dir})
if(WIXL)
    execute_process(COMMAND ${WIXL} --arch x64 -o ${OUTPUT} IndicatorManager.wxs files.wxs
        WORKING_DIRECTORY ${STAGE_DIR} COMMAND_ERROR_IS_FATAL ANY)
else()
    execute_process(COMMAND ${CANDLE} -nologo -arch x64 IndicatorManager.wxs files.wxs
        WORKING_DIRECTORY ${STAGE_DIR} COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND ${LIGHT} -nologo -out ${OUTPUT} IndicatorManager.wixobj files.wixobj
        WORKING_DIRECTORY ${STAGE_DIR} COMMAND_ERROR_IS_FATAL ANY)
endif()
message(STATUS "Wrote ${OUTPUT}")

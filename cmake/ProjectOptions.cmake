# Compile options shared by every first-party target (libraries, executables, tests).
# Third-party code never sees them because they travel through this INTERFACE target only.
add_library(im_project_options INTERFACE)

target_compile_options(im_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
if(IM_WARNINGS_AS_ERRORS)
    target_compile_options(im_project_options INTERFACE -Werror)
endif()

target_compile_definitions(im_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS # Q_SIGNALS, Q_SLOTS, Q_EMIT: no clash with other libraries' "signals" or "emit"
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    IM_VERSION="${PROJECT_VERSION}")

if(IM_SANITIZE)
    list(JOIN IM_SANITIZE "," _im_sanitizers)
    target_compile_options(im_project_options INTERFACE
        -fsanitize=${_im_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(im_project_options INTERFACE -fsanitize=${_im_sanitizers})
endif()

if(IM_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "IM_FUZZ needs clang (configure with CXX=clang++)")
    endif()
    # Instrument everything for coverage; only the fuzz executables link libFuzzer's main().
    target_compile_options(im_project_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Qt is built with -mno-direct-extern-access / reduce-relocations: our code must be PIC.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

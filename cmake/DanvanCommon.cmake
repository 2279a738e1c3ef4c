# One interface target carries the language level, warnings and Qt safety defines;
# every danvan target links it.
add_library(danvan_common INTERFACE)
target_compile_features(danvan_common INTERFACE cxx_std_17)
target_compile_definitions(danvan_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(danvan_common INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wshadow -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
# Qt's own QSKIP(statement, ...) macro is called with one argument, as Qt 6 documents it;
# clang's pedantic mode would warn at every call.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(danvan_common INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()

option(DANVAN_WERROR "Treat compiler warnings as errors" OFF)
if(DANVAN_WERROR)
    target_compile_options(danvan_common INTERFACE -Werror)
endif()

# A second build with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test.sh
# builds it in build-asan/ and runs the whole suite under it).
option(DANVAN_SANITIZE "Build with ASan and UBSan" OFF)
# libFuzzer targets for the parsers (tests/fuzz/); clang only, and always with ASan and UBSan.
option(DANVAN_FUZZ "Build the libFuzzer targets (clang only; implies DANVAN_SANITIZE)" OFF)
if(DANVAN_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DANVAN_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
endif()
if(DANVAN_SANITIZE OR DANVAN_FUZZ)
    target_compile_options(danvan_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(danvan_common INTERFACE -fsanitize=address,undefined)
endif()

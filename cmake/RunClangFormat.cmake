# Formats (MODE=fix) or checks (MODE=check) every C++ source of the project with the tree's .clang-format.
# Run by the `format` and `check-format` targets and by the FormatCheck test:
#   cmake -DCLANG_FORMAT=/usr/bin/clang-format -DSOURCE_DIR=<tree> -DMODE=check -P cmake/RunClangFormat.cmake
# The file list is globbed rather than taken from git, so a source tarball checks the same way as a clone.
foreach(variable CLANG_FORMAT SOURCE_DIR MODE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "RunClangFormat.cmake: ${variable} is not set")
    endif()
endforeach()

set(sources)
foreach(folder app ui models tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h")
    list(APPEND sources ${found})
endforeach()
# Not ours: the test-only Node peers' packages (tests/peers/*/node_modules, installed by npm) carry C++ headers.
list(FILTER sources EXCLUDE REGEX "/node_modules/")
list(SORT sources)

if(MODE STREQUAL "fix")
    execute_process(COMMAND ${CLANG_FORMAT} -i ${sources} WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "clang-format failed (${result})")
    endif()
    return()
endif()

# One file at a time is slower than one call, but names exactly the files that differ.
set(unformatted)
foreach(source IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${source}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
        list(APPEND unformatted ${relative})
    endif()
endforeach()
if(unformatted)
    list(LENGTH unformatted count)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "${count} file(s) are not formatted as .clang-format says:\n  ${listing}\n"
                        "Run: cmake --build --preset ci --target format")
endif()
list(LENGTH sources count)
message(STATUS "All ${count} C++ files are formatted.")

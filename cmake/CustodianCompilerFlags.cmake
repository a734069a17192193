# Compiler strictness and hardening for every target in the project (see keepassxc's top-level CMakeLists).
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2
                    -Wimplicit-fallthrough -Wnull-dereference)
if(CUSTODIAN_WARNINGS_AS_ERRORS)
    add_compile_options(-Werror)
endif()

# Hardening: stack protector, fortified libc calls, full RELRO, PIE, non-executable stack.
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)

# Qt strictness: no implicit conversions from 8-bit strings, no Q_FOREACH, no keyword macros.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_FOREACH
                        QT_NO_KEYWORDS QT_STRICT_ITERATORS QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
                        QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Address, leak and undefined-behaviour sanitizers (the `asan` preset, run by CI after the `ci` one). -O1 as the
# sanitizers' authors advise: about twice as fast as -O0 under instrumentation, and still exact stacks with frame
# pointers; -g1 for file and line in reports at little build cost. UBSan findings abort, so that a test fails on them.
if(CMAKE_BUILD_TYPE STREQUAL "Asan")
    add_compile_options(-O1 -g1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

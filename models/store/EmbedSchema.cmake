# Writes a .cpp that defines <CLASS>::all() (declared in <HEADER>) from the <SCHEMA_DIR>/*.sql files, in name order.
# Defaults: the console schema, SchemaScripts in store/SchemaScripts.h.
if(NOT DEFINED CLASS)
    set(CLASS SchemaScripts)
endif()
if(NOT DEFINED HEADER)
    set(HEADER store/SchemaScripts.h)
endif()
file(GLOB scripts "${SCHEMA_DIR}/*.sql")
list(SORT scripts)
# Script i brings a store from user_version i - 1 to i, so a file's number is its version: a gap or a duplicate
# (two changes each adding "their" 0007) would give a script a version other than its name, and a store migrated
# by one build would skip or repeat a script under the next. Refuse to build instead.
set(expected 1)
foreach(script IN LISTS scripts)
    get_filename_component(name "${script}" NAME)
    string(REGEX MATCH "^[0-9]+" number "${name}")
    if(number STREQUAL "")
        message(FATAL_ERROR "${SCHEMA_DIR}/${name}: a migration's name starts with its version (0001_…)")
    endif()
    math(EXPR number "${number}")
    if(NOT number EQUAL expected)
        message(FATAL_ERROR "${SCHEMA_DIR}/${name}: migration ${expected} expected here, the versions must run 1, 2, 3… "
                            "without gap or repeat")
    endif()
    math(EXPR expected "${expected} + 1")
endforeach()
set(body "")
foreach(script IN LISTS scripts)
    file(READ "${script}" sql)
    string(APPEND body "        QByteArray(R\"custodian_sql(${sql})custodian_sql\"),\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${SCHEMA_DIR}/*.sql by EmbedSchema.cmake. Do not edit.\n#include \"${HEADER}\"\n\nnamespace custodian {\n\nconst std::vector<QByteArray>& ${CLASS}::all()\n{\n    static const std::vector<QByteArray> scripts {\n${body}    };\n    return scripts;\n}\n\n} // namespace custodian\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

# Finds zxcvbn-c, the passphrase strength estimator (Debian: libzxcvbn-dev), and provides the imported target
# Zxcvbn::Zxcvbn. Debian's package ships no pkg-config file, so the header and library are looked up directly.
find_path(Zxcvbn_INCLUDE_DIR zxcvbn.h)
find_library(Zxcvbn_LIBRARY NAMES zxcvbn)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Zxcvbn REQUIRED_VARS Zxcvbn_LIBRARY Zxcvbn_INCLUDE_DIR)

if(Zxcvbn_FOUND AND NOT TARGET Zxcvbn::Zxcvbn)
    add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED)
    set_target_properties(Zxcvbn::Zxcvbn PROPERTIES
        IMPORTED_LOCATION "${Zxcvbn_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Zxcvbn_INCLUDE_DIR}")
endif()
mark_as_advanced(Zxcvbn_INCLUDE_DIR Zxcvbn_LIBRARY)

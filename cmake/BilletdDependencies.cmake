# All third-party dependencies come from Debian packages (scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(CLI11 REQUIRED)
find_package(CURL REQUIRED)
find_package(SQLiteCpp REQUIRED)
find_package(spdlog REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(date REQUIRED)
find_package(Iconv REQUIRED)
find_package(OpenSSL REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# mimetic ships no .pc and no CMake config: found by header and library name.
find_path(MIMETIC_INCLUDE_DIR mimetic/mimetic.h REQUIRED)
find_library(MIMETIC_LIBRARY mimetic REQUIRED)
add_library(mimetic::mimetic UNKNOWN IMPORTED)
set_target_properties(mimetic::mimetic PROPERTIES
  IMPORTED_LOCATION ${MIMETIC_LIBRARY}
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES ${MIMETIC_INCLUDE_DIR})

# libstemmer (Snowball) ships no .pc either.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(snowball::stemmer UNKNOWN IMPORTED)
set_target_properties(snowball::stemmer PROPERTIES
  IMPORTED_LOCATION ${STEMMER_LIBRARY}
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

# Installing and the Debian package: ./scripts/package.sh runs `cpack -G DEB` on the build.
# The version is project(VERSION) of the top CMakeLists.txt and the release date
# DANVAN_RELEASE_DATE beside it; the programs, the metadata, the manual pages, the changelog
# and the package all take them from there.

include(GNUInstallDirs)

set(DANVAN_MAINTAINER "The danvan authors <danvan@example.org>" CACHE STRING
    "Maintainer of the Debian package: name <e-mail>")

# Directories as Debian wants them, whatever the umask of whoever builds the package.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# A day yyyy-mm-dd in the changelog's form ("Thu, 03 Dec 2026 00:00:00 +0000"); the day of
# the week by Sakamoto's rule.
function(danvan_rfc2822_date out date)
    if(NOT date MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
        message(FATAL_ERROR "DANVAN_RELEASE_DATE is yyyy-mm-dd, not \"${date}\"")
    endif()
    set(year ${CMAKE_MATCH_1})
    set(day_text ${CMAKE_MATCH_3})
    string(REGEX REPLACE "^0" "" month "${CMAKE_MATCH_2}")
    string(REGEX REPLACE "^0" "" day "${day_text}")
    math(EXPR index "${month} - 1")
    set(shifts 0 3 2 5 0 3 5 1 4 6 2 4)
    list(GET shifts ${index} shift)
    set(y ${year})
    if(month LESS 3)
        math(EXPR y "${y} - 1")
    endif()
    math(EXPR weekday "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${shift} + ${day}) % 7")
    set(weekdays Sun Mon Tue Wed Thu Fri Sat)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET weekdays ${weekday} weekday_name)
    list(GET months ${index} month_name)
    set(${out} "${weekday_name}, ${day_text} ${month_name} ${year} 00:00:00 +0000" PARENT_SCOPE)
endfunction()
danvan_rfc2822_date(DANVAN_RELEASE_DATE_RFC2822 "${DANVAN_RELEASE_DATE}")

# /usr/share/doc/danvan: the copyright (machine-readable) and, the package being native, the
# changelog.gz.
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in
    ${PROJECT_BINARY_DIR}/debian/changelog @ONLY)
find_program(GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.gz
    COMMAND ${GZIP} -9nf --keep ${PROJECT_BINARY_DIR}/debian/changelog
    DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog
    VERBATIM)
add_custom_target(danvan_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright
    ${PROJECT_BINARY_DIR}/debian/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
# Values reach the package as written (quotes and semicolons included).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME danvan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The danvan authors")
set(CPACK_PACKAGE_CONTACT "${DANVAN_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "follow the summary conferences of the “Dân vận khéo” movement")
set(CPACK_PACKAGE_DESCRIPTION
    "danvan is for the clerk of a Party mass-mobilization office who follows the
summary conferences of the “Dân vận khéo” emulation movement at every level:
each level's deadline and the pilot units, who is on time and who is late, and
what each conference reported. Everything lives in one local SQLite file.

It has a window (danvan) and a command-line tool (danvan-cli) for scripts.
ReportBuilder are printed in the format of Party documents or exported as PDF, CSV,
XLSX and iCalendar. The interface is Vietnamese first, English second.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${DANVAN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries come from dpkg-shlibdeps; what Qt loads at run time it cannot see: the
# SQLite driver, the platform plugins and the fonts of printed and PDF reports (Times New
# Roman falls back on Liberation Serif, which covers Vietnamese; fonts-liberation 1.07 does
# not).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-liberation2")
# Qt's PostgreSQL driver, for offices that share a server (File → Connect to a server…);
# without it danvan works on files and says which package a server needs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
include(CPack)

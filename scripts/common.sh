# Shared by run.sh and test.sh: package check and build. Sourced, not run.
set -euo pipefail

DANVAN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DANVAN_BUILD=${DANVAN_BUILD:-$DANVAN_ROOT/build}
# The second build of test.sh: clang with ASan, UBSan and the libFuzzer targets.
DANVAN_ASAN_BUILD=${DANVAN_ASAN_BUILD:-$DANVAN_ROOT/build-asan}

# Debian packages the program needs to build and run. libqt6sql6-psql is Qt's PostgreSQL
# driver (QPSQL), loaded at run time for the connection to the office's server; QtKeychain
# keeps a server's password in the system's keyring.
DANVAN_BUILD_PACKAGES=(cmake g++ pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev libqt6sql6-sqlite libsqlite3-dev
    libqt6sql6-psql fonts-liberation2 libminizip-dev libfreexl-dev librsvg2-bin
    qtkeychain-qt6-dev)
# Making the Debian package (scripts/package.sh): dpkg-shlibdeps finds the libraries the
# programs need, with file to tell programs from data.
DANVAN_PACKAGE_PACKAGES=(dpkg-dev file)
# Extra packages the tests use: a headless X server, PDF and spreadsheet readers,
# LibreOffice's Python bridge to fill in reporting forms the way a clerk would, and
# PostgreSQL 15 (initdb, pg_ctl, psql) for the throwaway servers of tests/support/PgServer;
# a D-Bus session and GNOME's keyring for the keyring test (tests/support/with_keyring.sh).
DANVAN_TEST_PACKAGES=(xvfb xauth poppler-utils python3-openpyxl python3-icalendar sqlite3
    postgresql dbus-daemon gnome-keyring libreoffice-calc-nogui libreoffice-writer-nogui python3-uno
    "${DANVAN_PACKAGE_PACKAGES[@]}" lintian desktop-file-utils appstream man-db)
# The sanitizer and fuzz build: the clang driver, its runtimes (ASan, UBSan, libFuzzer;
# only recommended by clang, so named) and llvm-symbolizer for readable stack traces.
DANVAN_SANITIZE_PACKAGES=(clang libclang-rt-14-dev llvm-14)

# Installs missing packages when run as root; otherwise prints the apt-get line and stops.
ensure_packages()
{
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local line="apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        echo "danvan: installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        $line >&2
    else
        echo "danvan: these Debian packages are missing. Install them as root with:" >&2
        echo "  sudo $line" >&2
        exit 1
    fi
}

# Configures (once) and builds the project into $DANVAN_BUILD.
build_project()
{
    if [ ! -f "$DANVAN_BUILD/CMakeCache.txt" ]; then
        cmake -S "$DANVAN_ROOT" -B "$DANVAN_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >&2
    fi
    cmake --build "$DANVAN_BUILD" --parallel "$(nproc)" >&2
}

# Configures (once) and builds the sanitizer and fuzz build into $DANVAN_ASAN_BUILD: clang,
# -O1 with ASan and UBSan, every test plus the libFuzzer targets as CTest tests.
# DANVAN_FUZZ_SECONDS, when set, is how long each fuzz test runs.
build_sanitized()
{
    local options=()
    [ -n "${DANVAN_FUZZ_SECONDS:-}" ] && options+=("-DDANVAN_FUZZ_SECONDS=$DANVAN_FUZZ_SECONDS")
    if [ ! -f "$DANVAN_ASAN_BUILD/CMakeCache.txt" ]; then
        cmake -S "$DANVAN_ROOT" -B "$DANVAN_ASAN_BUILD" \
            -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
            -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
            -DDANVAN_SANITIZE=ON -DDANVAN_FUZZ=ON "${options[@]}" >&2
    elif [ ${#options[@]} -gt 0 ]; then
        cmake "$DANVAN_ASAN_BUILD" "${options[@]}" >&2
    fi
    cmake --build "$DANVAN_ASAN_BUILD" --parallel "$(nproc)" >&2
}

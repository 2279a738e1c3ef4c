#!/usr/bin/env bash
# Builds the Debian package from an already built tree (cpack, into a temporary folder) and
# checks it as a fresh Debian 12 would take it: its files, its control fields, lintian (no
# error), the menu entry (desktop-file-validate), the AppStream metadata (appstreamcli) and the
# programs extracted from it, which must start and tell the project's version.
#
#   check_package.sh BUILD_DIR VERSION
set -euo pipefail

build=$1
version=$2

fail()
{
    echo "check_package: $*" >&2
    exit 1
}

for tool in cpack dpkg-deb dpkg-shlibdeps file lintian desktop-file-validate appstreamcli readelf man; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing: install the packages of DANVAN_TEST_PACKAGES in scripts/common.sh"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/danvan-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The package, from the tree as it is built (cpack builds nothing that is up to date).
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
fi
deb=$work/out/danvan_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"): $(ls "$work/out")"
echo "check_package: built $(basename "$deb")"

# Exactly these files, nothing more (directories aside).
expected="./usr/bin/danvan
./usr/bin/danvan-cli
./usr/libexec/danvan/danvan-xls-reader
./usr/share/applications/vn.danvan.Danvan.desktop
./usr/share/doc/danvan/changelog.gz
./usr/share/doc/danvan/copyright
./usr/share/icons/hicolor/128x128/apps/danvan.png
./usr/share/icons/hicolor/16x16/apps/danvan.png
./usr/share/icons/hicolor/256x256/apps/danvan.png
./usr/share/icons/hicolor/32x32/apps/danvan.png
./usr/share/icons/hicolor/48x48/apps/danvan.png
./usr/share/icons/hicolor/64x64/apps/danvan.png
./usr/share/icons/hicolor/scalable/apps/danvan.svg
./usr/share/man/man1/danvan-cli.1.gz
./usr/share/man/man1/danvan.1.gz
./usr/share/man/vi/man1/danvan-cli.1.gz
./usr/share/man/vi/man1/danvan.1.gz
./usr/share/metainfo/vn.danvan.Danvan.metainfo.xml"
dpkg-deb -c "$deb" >"$work/contents"
actual=$(grep -v '^d' "$work/contents" | awk '{print $6}' | LC_ALL=C sort)
if [ "$actual" != "$(echo "$expected" | LC_ALL=C sort)" ]; then
    diff <(echo "$expected" | LC_ALL=C sort) <(echo "$actual") >&2 || true
    fail "the package's files are not the expected ones (< expected, > in the package)"
fi
if grep -v '^d' "$work/contents" | awk '{print $2}' | grep -v '^root/root$' >/dev/null; then
    fail "files not owned by root: $(grep -v root/root "$work/contents")"
fi

# Control fields: the version, and the run-time needs dpkg-shlibdeps cannot see beside the
# libraries it found.
[ "$(dpkg-deb -f "$deb" Package)" = danvan ] || fail "Package is not danvan"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] ||
    fail "Version is $(dpkg-deb -f "$deb" Version), not $version"
description=$(dpkg-deb -f "$deb" Description)
[[ "$description" == "follow the summary conferences of the “Dân vận khéo” movement"$'\n'* ]] ||
    fail "the Description is not what cmake/DanvanPackaging.cmake says: $description"
depends=$(dpkg-deb -f "$deb" Depends)
echo "check_package: Depends: $depends"
names=$(echo "$depends" | tr ',|' '\n\n' | awk '{print $1}')
for dependency in libqt6sql6-sqlite qt6-qpa-plugins fonts-liberation2 libqt6widgets6 \
    libqt6printsupport6 libqt6charts6 libqt6sql6 libc6 libfreexl1; do
    echo "$names" | grep -qx "$dependency" || fail "Depends lacks $dependency: $depends"
done
# The server's driver is recommended, not required: files work without it.
[ "$(dpkg-deb -f "$deb" Recommends)" = "libqt6sql6-psql" ] ||
    fail "Recommends is not libqt6sql6-psql: $(dpkg-deb -f "$deb" Recommends)"

# lintian: no error; the warnings and notes are printed for the record.
lintian --info --display-info --no-tag-display-limit "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
fi

# Unpacked as dpkg would: the entry, the metadata, the manual pages and the programs.
root=$work/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/vn.danvan.Danvan.desktop" ||
    fail "desktop-file-validate refuses the menu entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/vn.danvan.Danvan.metainfo.xml" ||
    fail "appstreamcli refuses the metadata"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/vn.danvan.Danvan.metainfo.xml" ||
    fail "the metadata has no release $version"
for size in 16 32 48 64 128 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/danvan.png" |
        grep -q "PNG image data, $size x $size," || fail "the ${size}x${size} icon is not $size×$size"
done

# The manual pages, in English (man1) and Vietnamese (vi/man1).
mkdir -p "$work/vi"
for page in danvan danvan-cli vi/danvan vi/danvan-cli; do
    case $page in
    vi/*) installed=vi/man1/${page#vi/} ;;
    *) installed=man1/$page ;;
    esac
    zcat "$root/usr/share/man/$installed.1.gz" >"$work/$page.1"
    grep -q "^\.TH .* \"danvan $version\"" "$work/$page.1" ||
        fail "the manual page $page(1) does not name version $version"
    # man reads the page without a warning (what lintian's manpage-has-errors-from-man sees).
    LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$work/$page.1" \
        >/dev/null 2>"$work/man.log" || true
    if [ -s "$work/man.log" ]; then
        cat "$work/man.log" >&2
        fail "man warns about $page(1)"
    fi
done

# The programs run from the package alone: no path into the build, the right version.
for program in bin/danvan bin/danvan-cli libexec/danvan/danvan-xls-reader; do
    if readelf -d "$root/usr/$program" | grep -E -q 'R(UN)?PATH'; then
        fail "$program carries a library search path: $(readelf -d "$root/usr/$program" | grep PATH)"
    fi
done
cli_version=$("$root/usr/bin/danvan-cli" --version)
[ "$cli_version" = "danvan-cli $version" ] ||
    fail "danvan-cli --version says \"$cli_version\", not \"danvan-cli $version\""
window_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/danvan" --version)
[ "$window_version" = "danvan $version" ] ||
    fail "danvan --version says \"$window_version\", not \"danvan $version\""

# danvan-cli finds the packaged .xls reader beside it (../libexec/danvan) and reads a form
# with it.
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
"$root/usr/bin/danvan-cli" init "$work/example.sqlite" --example >/dev/null ||
    fail "danvan-cli init from the package failed"
"$root/usr/bin/danvan-cli" --lang en import-results "$work/example.sqlite" --dry-run \
    "$source_dir/tests/data/results/form-905-libreoffice.xls" >"$work/xls.json" 2>"$work/xls.log" ||
    fail "danvan-cli from the package cannot read an .xls: $(cat "$work/xls.log")"
grep -q '"format": "xls"' "$work/xls.json" ||
    fail "danvan-cli from the package read the .xls as something else: $(head -c 400 "$work/xls.json")"

# Every command of danvan-cli has its section in the manual pages of both languages.
"$root/usr/bin/danvan-cli" --lang en --help |
    sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]' | awk '{print $1, $2}' >"$work/commands"
[ -s "$work/commands" ] || fail "danvan-cli --help lists no commands"
for page in danvan-cli vi/danvan-cli; do
    while read -r command rest; do
        if [ "$command" = campaign ] || [ "$command" = server ]; then
            for subcommand in ${rest//|/ }; do
                grep -q "^\.SS \"$command $subcommand\"" "$work/$page.1" ||
                    fail "$page(1) has no section for $command $subcommand"
            done
        else
            grep -q "^\.SS \"$command\"" "$work/$page.1" ||
                fail "$page(1) has no section for $command"
        fi
    done <"$work/commands"
done

echo "check_package: $(basename "$deb") is complete and valid"

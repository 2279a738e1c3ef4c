#!/usr/bin/env bash
# Regenerates the pictures under docs/ from the example, in a real X window (Xvfb).
# Run after ./scripts/run.sh or ./scripts/test.sh has built the program.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DANVAN_BUILD:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

cli=$build/app/danvan-cli
db=$work/kiengiang.sqlite
"$cli" init "$db" --example >/dev/null
# A few conferences of June 2020, as a clerk would have entered them.
"$cli" conference "$db" --unit 30898 --scheduled 15/05/2020 --held 20/05/2020 --attendees 120 \
    --venue "Hội trường UBND xã Bình An" --report 25/05/2020 >/dev/null
"$cli" conference "$db" --unit 907 --held 09/06/2020 --attendees 180 >/dev/null
for unit in 30880 30883 30886 30887; do
    "$cli" conference "$db" --unit "$unit" --held 18/06/2020 --attendees 90 >/dev/null
done
"$cli" conference "$db" --unit 30889 --scheduled 26/06/2020 >/dev/null
"$cli" conference "$db" --unit 905 --scheduled 29/06/2020 --venue "Hội trường Huyện ủy" >/dev/null

xvfb-run -a -s "-screen 0 1366x768x24" \
    "$build/app/danvan" --as-of 2020-06-25 --unit 30898 --screenshot "$root/docs/main-window.png" "$db"
echo "docs/main-window.png written"

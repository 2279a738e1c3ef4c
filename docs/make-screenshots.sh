#!/usr/bin/env bash
# Regenerates the pictures under docs/ from the example, in a real X window (Xvfb).
# Run after ./scripts/run.sh or ./scripts/test.sh has built the program (poppler-utils, which
# the tests install, turns the printed page into a picture).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DANVAN_BUILD:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

cli=$build/app/danvan-cli
db=$work/kiengiang.sqlite
"$cli" init "$db" --example >/dev/null
# The conferences of May and June 2020, as a clerk would have entered them.
"$cli" conference "$db" --unit 30898 --scheduled 15/05/2020 --held 20/05/2020 --attendees 120 \
    --venue "Hội trường UBND xã Bình An" --chair "Bí thư Đảng ủy xã" --report 25/05/2020 >/dev/null
"$cli" conference "$db" --unit 907 --held 09/06/2020 --attendees 180 >/dev/null
for unit in 30880 30883 30886 30887 30892 30952 30955 30958 30961 30730 30733 30736; do
    "$cli" conference "$db" --unit "$unit" --held 18/06/2020 --attendees 90 >/dev/null
done
for unit in 30985 30988 30991 31018 31021; do
    "$cli" conference "$db" --unit "$unit" --held 26/06/2020 --attendees 85 >/dev/null
done
"$cli" conference "$db" --unit 30889 --scheduled 26/06/2020 >/dev/null
"$cli" conference "$db" --unit 905 --scheduled 29/06/2020 --venue "Hội trường Huyện ủy" >/dev/null

shoot() {
    local picture=$1
    shift
    xvfb-run -a -s "-screen 0 1366x768x24" "$build/app/danvan" --as-of 2020-06-22 \
        --screenshot "$root/docs/$picture" "$@" "$db"
    echo "docs/$picture written"
}
shoot main-window.png --unit 30898
shoot unit-editor.png --unit 30898 --screenshot-of unitDock
shoot overview.png --page overview --unit 905

# Page 1 of the printed schedule, as the PDF export writes it.
"$cli" export "$db" --report schedule --format pdf --number 12 --today 2020-06-22 \
    --out "$work/schedule.pdf" >/dev/null
pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$work/schedule.pdf" "$root/docs/schedule-page1"
echo "docs/schedule-page1.png written"

# The new-campaign dialog at its list of units taking part, as its test leaves it.
DANVAN_SCREENSHOT_DIR=$root/docs xvfb-run -a -s "-screen 0 1366x768x24" \
    "$build/tests/tst_newcampaign" -platform xcb fromAnEmptyFileToACampaign >/dev/null
echo "docs/new-campaign.png written"

# The manual's pictures (Help → Manual), in Vietnamese and in English, from the real window on
# the same file: the schedule, the unit panel, the overview, the first step of a new campaign
# and the preview of results read back. They are embedded in the program under :/manual/.
DANVAN_MANUAL_PICTURES=$root/resources/manual/images DANVAN_MANUAL_DATABASE=$db \
    xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/tst_manual" -platform xcb pictures \
    >/dev/null
echo "resources/manual/images/{vi,en}/*.png written"

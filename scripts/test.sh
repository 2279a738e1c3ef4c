#!/usr/bin/env bash
# Sets up, builds and runs every test headless: the normal build and its tests, then the
# same tests under AddressSanitizer and UndefinedBehaviorSanitizer together with the
# libFuzzer targets (a clang build in build-asan/, each fuzz target for a fixed short time).
# The last line printed is the summary of the last ctest run.
#
# DANVAN_QUICK=1 runs the normal tests only (for a quick local check; CI runs everything).
# DANVAN_FUZZ_SECONDS=N fuzzes each target for N seconds instead of 25.
# Arguments are passed to ctest (both runs).
source "$(dirname "$0")/common.sh"
quick=${DANVAN_QUICK:-0}

packages=("${DANVAN_BUILD_PACKAGES[@]}" "${DANVAN_TEST_PACKAGES[@]}")
[ "$quick" = 1 ] || packages+=("${DANVAN_SANITIZE_PACKAGES[@]}")
ensure_packages "${packages[@]}"

build_project
export QT_QPA_PLATFORM=offscreen
if [ "$quick" = 1 ]; then
    exec ctest --test-dir "$DANVAN_BUILD" --output-on-failure --parallel "$(nproc)" "$@"
fi
ctest --test-dir "$DANVAN_BUILD" --output-on-failure --parallel "$(nproc)" "$@"

echo "danvan: building the sanitizer and fuzz suite in $DANVAN_ASAN_BUILD" >&2
build_sanitized
# Any report fails the test that caused it; leaks are reported at exit. Third-party leaks
# that LeakSanitizer would report are listed, one library each, in tests/lsan.supp.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$DANVAN_ROOT/tests/lsan.supp:print_suppressions=0
exec ctest --test-dir "$DANVAN_ASAN_BUILD" --output-on-failure --parallel "$(nproc)" "$@"

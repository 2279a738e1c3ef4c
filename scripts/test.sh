#!/usr/bin/env bash
# Sets up, builds and runs every test headless. Arguments are passed to ctest.
source "$(dirname "$0")/common.sh"
ensure_packages "${DANVAN_BUILD_PACKAGES[@]}" "${DANVAN_TEST_PACKAGES[@]}"
build_project
export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir "$DANVAN_BUILD" --output-on-failure --parallel "$(nproc)" "$@"

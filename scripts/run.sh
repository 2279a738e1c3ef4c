#!/usr/bin/env bash
# Sets up, builds and starts the danvan window on the default database.
# Arguments are passed to the program (for example: --lang en, or a database file).
source "$(dirname "$0")/common.sh"
ensure_packages "${DANVAN_BUILD_PACKAGES[@]}"
build_project
exec "$DANVAN_BUILD/app/danvan" "$@"

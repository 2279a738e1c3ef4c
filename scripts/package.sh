#!/usr/bin/env bash
# Builds danvan and its Debian package, danvan_VERSION_ARCH.deb, into the folder given
# (by default the top of the checkout). Install it with: sudo apt install ./danvan_*.deb
source "$(dirname "$0")/common.sh"
ensure_packages "${DANVAN_BUILD_PACKAGES[@]}" "${DANVAN_PACKAGE_PACKAGES[@]}"
out=$(mkdir -p "${1:-$DANVAN_ROOT}" && cd "${1:-$DANVAN_ROOT}" && pwd)
build_project
# cpack installs the build into a staging folder of its own under $out/_CPack_Packages.
cpack --config "$DANVAN_BUILD/CPackConfig.cmake" -G DEB -B "$out" >&2
rm -rf "$out/_CPack_Packages"
ls "$out"/danvan_*.deb

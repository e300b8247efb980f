#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cropmap_install_packages
cropmap_build
export QT_QPA_PLATFORM=offscreen
cd "$CROPMAP_BUILD"
ctest --output-on-failure -j "$CROPMAP_JOBS" "$@"

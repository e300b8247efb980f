#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cropmap_install_packages
cropmap_build
export QT_QPA_PLATFORM=offscreen
# ctest runs tests side by side, several of which train with LibTorch on every core: OpenMP's
# default spin-waiting then burns the other test's time (epochs measured 10x slower). Passive
# waiting costs little when a test runs alone.
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
cd "$CROPMAP_BUILD"
ctest --output-on-failure -j "$CROPMAP_JOBS" "$@"

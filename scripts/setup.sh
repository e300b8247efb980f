#!/usr/bin/env bash
# Installs the Debian 12 packages cropmap needs (only those missing), then configures
# and builds the project in Release mode. Sourced by test.sh and demo.sh.
set -euo pipefail

CROPMAP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CROPMAP_BUILD=${CROPMAP_BUILD:-$CROPMAP_ROOT/build}
CROPMAP_JOBS=${CROPMAP_JOBS:-$(nproc 2>/dev/null || echo 2)}

CROPMAP_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n
    libgdal-dev gdal-bin
    libtorch-dev libgloo-dev libopenblas0-openmp
    libqcustomplot-dev libeigen3-dev
    python3-sklearn
    xvfb xauth
    python3 python3-numpy python3-torch
)

cropmap_install_packages() {
    local missing=()
    for p in "${CROPMAP_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    echo "cropmap: installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

cropmap_build() {
    cmake -S "$CROPMAP_ROOT" -B "$CROPMAP_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$CROPMAP_BUILD" -j "$CROPMAP_JOBS"
}

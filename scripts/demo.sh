#!/usr/bin/env bash
# Installs what is missing, builds, and runs the method on the bundled sample data:
# a synthetic three-tile Sentinel-2 scene and the real data in ../shared/data.
# Outputs go to demo-output/ (override with CROPMAP_DEMO_OUT).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cropmap_install_packages
cropmap_build

CLI="$CROPMAP_BUILD/app/cropmap"
OUT=${CROPMAP_DEMO_OUT:-$CROPMAP_ROOT/demo-output}
SHARED=${CROPMAP_SHARED_DATA:-$CROPMAP_ROOT/../shared/data}
mkdir -p "$OUT"

step() { printf '\n== %s\n' "$*"; }

step "Synthetic scene: 3 tiles of 512 x 512 px, 40/70/40 acquisitions, 8 % wrong declarations"
"$CLI" synth --out "$OUT/synthetic" --seed 42
"$CLI" inspect "$OUT/synthetic/archive"

step "Real data: the Flanders LPIS patch (118 Level-2A acquisitions, real SCL)"
"$CLI" inspect "$SHARED/belgium-lpis-31UDS/archive"

step "Real data: the Slovenian NDVI series with s2cloudless masks"
"$CLI" inspect "$SHARED/slovenia-eopatch" --bands NDVI --mask CLM --flat-tile-id T33TVM

printf '\nDemo outputs are in %s\n' "$OUT"

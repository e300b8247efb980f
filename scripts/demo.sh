#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole method on the bundled sample data:
# a synthetic three-tile Sentinel-2 scene (with known truth), the real Flanders LPIS patch
# and the real Slovenian NDVI series. Outputs go to demo-output/ (CROPMAP_DEMO_OUT).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cropmap_install_packages
cropmap_build

CLI="$CROPMAP_BUILD/app/cropmap"
OUT=${CROPMAP_DEMO_OUT:-$CROPMAP_ROOT/demo-output}
SHARED=$(cd "${CROPMAP_SHARED_DATA:-$CROPMAP_ROOT/../shared/data}" && pwd)
LEGENDS="$CROPMAP_ROOT/resources/legends"
SIZE=${CROPMAP_DEMO_SIZE:-256}
mkdir -p "$OUT"

step() { printf '\n== %s\n' "$*"; }

step "Synthetic scene: 3 tiles of $SIZE x $SIZE px, 40/70/40 acquisitions, 8 % wrong declarations"
"$CLI" synth --out "$OUT/synthetic" --seed 42 --size "$SIZE" --force
"$CLI" inspect "$OUT/synthetic/archive"
cat > "$OUT/synthetic.json" <<JSON
{"name": "Synthetic scene (3 tiles)",
 "archive": "synthetic/archive", "parcels": "synthetic/parcels.gpkg",
 "field": "SNAR_BEZEICHNUNG", "truth_field": "TRUE_BEZEICHNUNG",
 "legend": "$LEGENDS/synthetic.json", "output": "synthetic-run", "seed": 1,
 "sampling": {"budget": 20000},
 "select": {"rule": "adaptive"}}
JSON
"$CLI" run "$OUT/synthetic.json"

step "Real data: the Flanders LPIS patch T31UDS (118 Level-2A acquisitions, real SCL)"
"$CLI" inspect "$SHARED/belgium-lpis-31UDS/archive"
cat > "$OUT/belgium.json" <<JSON
{"name": "Flanders LPIS patch T31UDS",
 "archive": "$SHARED/belgium-lpis-31UDS/archive", "tiles": ["T31UDS"],
 "parcels": "$SHARED/belgium-lpis-31UDS/parcels.gpkg", "field": "CT_CODE",
 "legend": "$LEGENDS/belgium-lpis.json", "output": "belgium-run", "seed": 1,
 "split": {"patches": 4}, "sampling": {"budget": 3000}}
JSON
"$CLI" run "$OUT/belgium.json"

step "Real data: the Slovenian NDVI series with s2cloudless masks and the RABA legend"
"$CLI" inspect "$SHARED/slovenia-eopatch" --bands NDVI --mask CLM --flat-tile-id T33TVM
cat > "$OUT/slovenia.json" <<JSON
{"name": "Slovenian eo-learn patch (NDVI)",
 "archive": "$SHARED/slovenia-eopatch", "bands": ["NDVI"], "mask": "CLM",
 "flat_tile_id": "T33TVM", "period": "2016-09:2017-08",
 "parcels": "$SHARED/slovenia-eopatch/raba_landuse.gpkg", "field": "RABA_ID",
 "legend": "$LEGENDS/slovenia-raba.json", "output": "slovenia-run", "seed": 1,
 "split": {"patches": 4}, "sampling": {"budget": 3000}}
JSON
"$CLI" run "$OUT/slovenia.json"

if [ "${CROPMAP_DEMO_EXPERIMENTS:-0}" = 1 ]; then
    # The seed's comparisons (docs/experiments.md); over an hour on 2 cores, so opt-in.
    step "Experiments on the synthetic scene: tables 1, 2 and 3"
    # Table 1 trains an LSTM on T33UVP's whole series (70 steps, six times the work of 12
    # months) beside three monthly columns: all four with budgets of 1000 + 300 optimiser
    # steps instead of the default 3000 + 1000, the same for every column, to keep the table
    # near half an hour.
    sed -e 's/"select": {"rule": "adaptive"}}/"train": {"steps": 1000, "stage2_steps": 300}, "select": {"rule": "adaptive"}}/' \
        -e 's/"name": "Synthetic scene (3 tiles)"/"name": "Synthetic scene (3 tiles), table 1 settings"/' \
        "$OUT/synthetic.json" > "$OUT/synthetic-table1.json"
    "$CLI" experiment table1 "$OUT/synthetic-table1.json"
    for table in table2 table3; do "$CLI" experiment "$table" "$OUT/synthetic.json"; done
    step "Experiments on the Flanders patch: tables 2 and 3"
    for table in table2 table3; do "$CLI" experiment "$table" "$OUT/belgium.json" --repeats 3; done
    step "Cross-validation on the real sits-matogrosso table, and its peers on the same folds"
    MT="$SHARED/sits-matogrosso/samples_mt_9classes.csv"
    "$CLI" experiment cv "$MT" --folds 5 --models lstm,tempcnn,inceptiontime,forest \
        --csv-group-column location --csv-skip-columns start_date \
        --csv-bands mir,blue,nir,red,evi,ndvi --csv-steps 23 --out "$OUT/cv-matogrosso"
    /usr/bin/python3 "$CROPMAP_ROOT/bench/peer_cv.py" "$MT" --out "$OUT/cv-matogrosso" \
        --skip-columns location,start_date --bands mir,blue,nir,red,evi,ndvi --steps 23
fi

printf '\nMaps, reports (accuracy.html, .csv, .json) and run logs are under %s\n' "$OUT"
printf 'Open the maps in the GUI: %s/app/cropmap-gui %s/synthetic-run/maps/*_classes.tif\n' \
    "$CROPMAP_BUILD" "$OUT"

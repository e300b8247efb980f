#!/usr/bin/env bash
# Renders cropmap-gui offscreen on the synthetic scene into docs/gui-*.png. The views of a
# method project (legend editor, pipeline, training curves) use the finished run of
# scripts/demo.sh (demo-output/synthetic.json, or $CROPMAP_METHOD_PROJECT).
# Needs a build (scripts/setup.sh builds one); makes the scene and the composites of one tile
# with the CLI when they are missing. Usage: scripts/screenshots.sh [work folder]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${CROPMAP_BUILD:-$ROOT/build}
CLI="$BUILD/app/cropmap"
GUI="$BUILD/app/cropmap-gui"
WORK=${1:-$ROOT/demo-output/screenshots}
TILE=T33UVP
DOCS="$ROOT/docs"
mkdir -p "$WORK" "$DOCS"

if [[ ! -f "$WORK/synthetic/parcels.gpkg" ]]; then
    "$CLI" synth --out "$WORK/synthetic" --seed 42
fi
STACK="$WORK/composites/$TILE/${TILE}_composites.vrt"
if [[ ! -f "$STACK" ]]; then
    "$CLI" composite --archive "$WORK/synthetic/archive" --out "$WORK/composites" --tile "$TILE" --quiet
fi
PARCELS="$WORK/synthetic/parcels.gpkg"
TRUTH="$WORK/synthetic/truth/${TILE}_truth.tif"

# Offscreen rendering: no display needed, the same pixels as on screen.
export QT_QPA_PLATFORM=offscreen
shot() { "$GUI" --size 1400x860 --screenshot "$DOCS/$1" "${@:2}"; echo "wrote docs/$1"; }

# June composite in true colour with parcel outlines, the whole tile.
shot gui-true-colour.png --month 9 "$STACK" "$PARCELS"
# The same month in false colour (vegetation red), parcels filled by declared crop.
shot gui-false-colour.png --month 9 --false-colour --categorize SNAR_BEZEICHNUNG "$STACK" "$PARCELS"
# Zoomed in: labels appear; Identify on a field shows its declaration and its NDVI series.
# The field: the largest parcel whose centre lies in the middle of the tile.
read -r XMIN YMIN XMAX YMAX < <(gdalinfo -json "$TRUTH" | python3 -c \
    'import json,sys; c=json.load(sys.stdin)["cornerCoordinates"]; print(c["upperLeft"][0], c["lowerRight"][1], c["lowerRight"][0], c["upperLeft"][1])')
read -r X Y < <(ogrinfo -q -dialect SQLite -sql "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y FROM parcels
    WHERE ST_X(ST_Centroid(geom)) BETWEEN $XMIN + 1500 AND $XMAX - 1500 AND ST_Y(ST_Centroid(geom)) BETWEEN $YMIN + 1500 AND $YMAX - 1500
    ORDER BY ST_Area(geom) DESC LIMIT 1" "$PARCELS" | awk -F'= ' '/\(Real\)/ {printf "%s ", $2} END {print ""}')
shot gui-identify.png --month 9 --extent "$(awk -v x="$X" -v y="$Y" 'BEGIN {printf "%f,%f,%f,%f", x-1500, y-1000, x+1500, y+1000}')" \
    --identify "$X,$Y" "$STACK" "$PARCELS"
# The reference class map with its colour table under the parcel outlines.
shot gui-class-map.png "$TRUTH" "$PARCELS"

# A method project as `cropmap run` left it: the legend editor with the parcels in their
# class colours and the prior chart, the pipeline states beside the training curves, and
# the results.
METHOD=${CROPMAP_METHOD_PROJECT:-$ROOT/demo-output/synthetic.json}
if [[ -f "$METHOD" ]]; then
    RUN=$(python3 -c 'import json,os,sys; p=sys.argv[1]; print(os.path.join(os.path.dirname(os.path.abspath(p)), json.load(open(p)).get("output", "output")))' "$METHOD")
    MAP=$(ls "$RUN"/maps/*_classes.tif | head -n 2 | tail -n 1)
    read -r XMIN YMIN XMAX YMAX < <(gdalinfo -json "$MAP" | python3 -c \
        'import json,sys; c=json.load(sys.stdin)["cornerCoordinates"]; print(c["upperLeft"][0], c["lowerRight"][1], c["lowerRight"][0], c["upperLeft"][1])')
    shot gui-legend-editor.png --size 1600x1000 --dock legendDock --extent "$XMIN,$YMIN,$XMAX,$YMAX" "$METHOD"
    shot gui-pipeline-training.png --size 1600x1000 --dock trainingDock --step train_weak \
        --extent "$XMIN,$YMIN,$XMAX,$YMAX" "$METHOD"
    # The reliable samples over the June composite (green kept, red disagreeing, orange low
    # confidence) beside the per-class selection counts, zoomed in on the tile's centre; the
    # wrongly declared fields of the synthetic scene outlined in magenta.
    read -r CX CY < <(python3 -c "print(($XMIN + $XMAX) / 2, ($YMIN + $YMAX) / 2)")
    shot gui-reliable-samples.png --size 1600x1000 --dock selectionDock --step select --show-layers reliable --hide-layers parcels --hide-layers _classes --month 9 --judge-pool 2 --wrong-declarations \
        --extent "$(awk -v x="$CX" -v y="$CY" 'BEGIN {printf "%f,%f,%f,%f", x-800, y-800, x+800, y+800}')" "$METHOD"
    # The confusion matrix and PA/UA/F1 of the evaluate step, with the test pixels of one
    # confusion (potato mapped as winter sugar beet, class indices 3 and 9) on the map.
    shot gui-results.png --size 1600x1000 --dock resultsDock --step evaluate --confusion 3,9 "$METHOD"
    # The reliable-sample rules side by side (Table 3, `cropmap experiment table3`): the
    # summary rows and per-class F1 per rule, and the grouped F1 bars.
    if [[ -f "$RUN/experiments/table3.json" ]]; then
        shot gui-experiments.png --size 1600x1000 --dock experimentsDock --experiment table3 "$METHOD"
    else
        echo "skipped the experiments view: run cropmap experiment table3 $METHOD first"
    fi
else
    echo "skipped the legend editor and pipeline views: $METHOD is missing (run scripts/demo.sh)"
fi

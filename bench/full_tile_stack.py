#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A composite stack of a full Sentinel-2 tile's size from a smaller one, for timing classify.

Places the monthly composites of one tile (a folder written by `cropmap composite` or the
composite step, e.g. of `cropmap synth --size 2048`) side by side as often as a SIZE x SIZE tile
needs (6 x 6 times for 2048 into 10980), as VRTs: nothing is copied. The crop mask is the
tile's class raster (rasterize step) on as many placings as give SHARE of the big tile, the
last one cut by rows, so that exactly round(SHARE x SIZE^2) pixels are classified (within one
row of the class raster). Writes OUT/<TILE>_composites.vrt (with the stack's metadata, so that
`cropmap classify --stack` reads it), OUT/<TILE>_count.vrt and OUT/<TILE>_mask.vrt, and prints
the crop pixels and their share.

Needs Debian's python3 with python3-numpy and gdal-bin (gdal_translate reads the class raster).

  /usr/bin/python3 bench/full_tile_stack.py RUN/composites/T33UUP RUN/thematic/T33UUP_classes.tif OUT
  cropmap classify --model RUN/models/final.model --stack OUT/T33UUP_composites.vrt \\
      --mask OUT/T33UUP_mask.vrt --out OUT/maps --precision bfloat16
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import numpy as np


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("composites", help="a tile's composite folder (holds <TILE>_composites.vrt)")
    p.add_argument("classes", help="the tile's class raster (<TILE>_classes.tif of the rasterize step)")
    p.add_argument("out", help="output folder for the VRTs")
    p.add_argument("--size", type=int, default=10980, help="edge of the big tile in pixels (default 10980)")
    p.add_argument("--share", type=float, default=0.4, help="crop-mask share of the big tile (default 0.4)")
    return p.parse_args()


def placed_sources(path, band, placings, size, edge, rows=None):
    """SimpleSources of band `band` of `path` at every placing (x, y), cut at the big tile's edge."""
    out = []
    for (x, y) in placings:
        w, h = min(edge, size - x), min(edge, size - y)
        if rows and (x, y) in rows:
            h = rows[(x, y)]
        out.append(f"""        <SimpleSource>
            <SourceFilename relativeToVRT="0">{path}</SourceFilename>
            <SourceBand>{band}</SourceBand>
            <SrcRect xOff="0" yOff="0" xSize="{w}" ySize="{h}"/>
            <DstRect xOff="{x}" yOff="{y}" xSize="{w}" ySize="{h}"/>
        </SimpleSource>""")
    return "\n".join(out)


def byte_vrt(header, size, path, bands, placings, edge, rows=None):
    """A VRT of `bands` byte bands of `path` at the placings."""
    body = "".join(f'    <VRTRasterBand dataType="Byte" band="{b}">\n'
                   f'{placed_sources(path, b, placings, size, edge, rows)}\n'
                   f'    </VRTRasterBand>\n' for b in range(1, bands + 1))
    return f'<VRTDataset rasterXSize="{size}" rasterYSize="{size}">\n{header}\n{body}</VRTDataset>\n'


def band_count(path):
    info = subprocess.run(["gdalinfo", path], check=True, capture_output=True, text=True).stdout
    return sum(1 for line in info.splitlines() if re.match(r"Band \d+ ", line))


def main():
    args = parse_arguments()
    folder = os.path.abspath(args.composites)
    stacks = [f for f in os.listdir(folder) if f.endswith("_composites.vrt")]
    if len(stacks) != 1:
        sys.exit(f"{folder}: expected one <TILE>_composites.vrt, found {len(stacks)}")
    tile = stacks[0][: -len("_composites.vrt")]
    text = open(os.path.join(folder, stacks[0]), encoding="utf-8").read()
    match = re.search(r'rasterXSize="(\d+)" rasterYSize="(\d+)"', text)
    edge = int(match.group(1))
    if int(match.group(2)) != edge:
        sys.exit(f"{stacks[0]}: the stack is not square")
    size = args.size
    placings = [(x, y) for y in range(0, size, edge) for x in range(0, size, edge)]

    # The stack: every band's one source becomes one per placing; the metadata stays.
    big = text.replace(match.group(0), f'rasterXSize="{size}" rasterYSize="{size}"', 1)
    source = re.compile(r'        <SimpleSource>\s*<SourceFilename relativeToVRT="1">([^<]+)</SourceFilename>\s*'
                        r'<SourceBand>(\d+)</SourceBand>\s*<SrcRect[^>]*/>\s*<DstRect[^>]*/>\s*</SimpleSource>')
    big, count = source.subn(lambda m: placed_sources(os.path.join(folder, m.group(1)), int(m.group(2)),
                                                      placings, size, edge), big)
    if count == 0:
        sys.exit(f"{stacks[0]}: no band sources found")
    big = big.replace(f"{tile}_count.tif", f"{tile}_count.vrt")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, f"{tile}_composites.vrt"), "w", encoding="utf-8") as f:
        f.write(big)

    # The grid's SRS and geotransform, for the single-band VRTs.
    header = "\n".join(re.findall(r"    <SRS[^>]*>.*?</SRS>|    <GeoTransform>.*?</GeoTransform>", text, re.S))
    count_path = os.path.join(folder, f"{tile}_count.tif")
    with open(os.path.join(args.out, f"{tile}_count.vrt"), "w", encoding="utf-8") as f:
        f.write(byte_vrt(header, size, count_path, band_count(count_path), placings, edge))

    # The crop mask: the class raster (bytes, read with gdal_translate) on enough full placings.
    with tempfile.TemporaryDirectory() as scratch:
        raw = os.path.join(scratch, "classes.bin")
        subprocess.run(["gdal_translate", "-q", "-of", "ENVI", "-ot", "Byte", args.classes, raw], check=True)
        classes = np.fromfile(raw, dtype=np.uint8)
    if classes.size != edge * edge:
        sys.exit(f"{args.classes}: {classes.size} pixels, the stack has {edge} x {edge}")
    per_row = np.cumsum((classes.reshape(edge, edge) != 0).sum(axis=1))
    target = round(args.share * size * size)
    chosen, rows, total = [], {}, 0
    for (x, y) in placings:
        if x + edge > size or y + edge > size:
            continue  # only whole placings, so every chosen one holds the same crop
        if total >= target:
            break
        if total + int(per_row[-1]) <= target:
            chosen.append((x, y))
            total += int(per_row[-1])
        else:
            r = int(np.searchsorted(per_row, target - total)) + 1
            chosen.append((x, y))
            rows[(x, y)] = r
            total += int(per_row[r - 1])
    if total < target:
        sys.exit(f"a {size}² tile holds at most {total} crop pixels of these placings, not {target}")
    with open(os.path.join(args.out, f"{tile}_mask.vrt"), "w", encoding="utf-8") as f:
        f.write(byte_vrt(header, size, os.path.abspath(args.classes), 1, chosen, edge, rows))
    print(f"{tile}: {size} x {size} stack of {len(placings)} placings of {edge}²; crop mask on "
          f"{len(chosen)} of them: {total} pixels, {100.0 * total / size / size:.2f} % of the tile")


if __name__ == "__main__":
    main()

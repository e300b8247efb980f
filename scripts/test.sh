#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest.
#   scripts/test.sh                   the Release build in build/, every test
#   scripts/test.sh --sanitize        a build with AddressSanitizer + UBSan in build-asan/,
#                                     every test (LibTorch and Qt run under it; see
#                                     scripts/sanitizers/ for the suppressions and why)
#   scripts/test.sh --sanitize-quick  the same, only the modules without LibTorch and their
#                                     tests (what CI runs after the normal suite: minutes)
# Other arguments go to ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
mode=normal
if [[ ${1:-} == --sanitize || ${1:-} == --sanitize-quick ]]; then
    mode=${1#--}
    shift
fi
cropmap_install_packages
export QT_QPA_PLATFORM=offscreen
# ctest runs tests side by side, several of which train with LibTorch on every core: OpenMP's
# default spin-waiting then burns the other test's time (epochs measured 10x slower). Passive
# waiting costs little when a test runs alone.
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
if [[ $mode == normal ]]; then
    cropmap_build
    cd "$CROPMAP_BUILD"
    exec ctest --output-on-failure -j "$CROPMAP_JOBS" "$@"
fi

# Every test that links no LibTorch and runs no CLI (the modules util, io, thematic, sampling,
# composite, synth, forest, select, evaluate and check).
QUICK_TESTS=(tst_csv_rows tst_memory_budget tst_legend_aggregation tst_border_erosion tst_rasterize
    tst_parcel_layer tst_stratified_sampler tst_training_set tst_sample_table_csv tst_sample_file
    tst_group_split tst_stratified_group_split tst_monthly_median tst_monthly_compositor
    tst_composite_real_data tst_synth_model tst_field_layout
    tst_scene_generator tst_random_forest tst_forest_trees tst_reliable_sample_selector
    tst_selection_tools tst_accuracy_metrics tst_accuracy_report tst_raster_comparison
    tst_mapped_area tst_declaration_check tst_tile_grid tst_block_windows tst_raster_io
    tst_l2a_product_metadata tst_mosaic_vrt)
SANITIZE_BUILD=${CROPMAP_SANITIZE_BUILD:-$CROPMAP_ROOT/build-asan}
SUPPRESSIONS=$CROPMAP_ROOT/scripts/sanitizers
cmake -S "$CROPMAP_ROOT" -B "$SANITIZE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCROPMAP_SANITIZE=ON -DCROPMAP_BUILD_BENCH=OFF
if [[ $mode == sanitize-quick ]]; then
    cmake --build "$SANITIZE_BUILD" -j "$CROPMAP_JOBS" --target "${QUICK_TESTS[@]}"
    filter=("-R" "^($(IFS='|'; echo "${QUICK_TESTS[*]}"))\$")
else
    cmake --build "$SANITIZE_BUILD" -j "$CROPMAP_JOBS"
    filter=()
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$SUPPRESSIONS/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-suppressions=$SUPPRESSIONS/ubsan.supp:print_stacktrace=1:halt_on_error=1}
cd "$SANITIZE_BUILD"
exec ctest --output-on-failure -j "$CROPMAP_JOBS" "${filter[@]}" "$@"

#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (AddressSanitizer + UBSan) in
# build-fuzz/ and runs each for SECONDS (default 600) from its seed corpus, two at a time.
# Findings (crash-*, leak-*, timeout-*) land in build-fuzz/findings/<target>/; the grown
# corpora in build-fuzz/corpus/<target>/. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
CROPMAP_PACKAGES+=(clang libfuzzer-14-dev)
cropmap_install_packages

SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
if [[ ${#TARGETS[@]} -eq 0 ]]; then
    TARGETS=(fuzz_project fuzz_legend fuzz_sample_table fuzz_model_header fuzz_csv_rows fuzz_l2a_metadata)
fi
FUZZ_BUILD=${CROPMAP_FUZZ_BUILD:-$CROPMAP_ROOT/build-fuzz}
FLAGS="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined"
mkdir -p "$FUZZ_BUILD"
CC=clang CXX=clang++ cmake -S "$CROPMAP_ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCROPMAP_FUZZ=ON -DCROPMAP_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS=$FLAGS" > "$FUZZ_BUILD/configure.log"
cmake --build "$FUZZ_BUILD" -j "$CROPMAP_JOBS" --target "${TARGETS[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
run_one() {
    local target=$1 corpus=$FUZZ_BUILD/corpus/$1 findings=$FUZZ_BUILD/findings/$1
    mkdir -p "$corpus" "$findings"
    cp -n "$CROPMAP_ROOT/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
    # -rss_limit_mb: a parser that allocates what a 64-byte input claims is a finding too.
    "$FUZZ_BUILD/fuzz/$target" "$corpus" -max_total_time="$SECONDS_EACH" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 \
        > "$FUZZ_BUILD/$target.log" 2>&1
    local status=$?
    echo "$target: exit $status, $(grep -a -m1 'stat::number_of_executed_units' "$FUZZ_BUILD/$target.log" | awk '{print $2}') runs," \
         "$(ls "$findings" | wc -l) findings (log: $FUZZ_BUILD/$target.log)"
    return $status
}
failed=0
for ((i = 0; i < ${#TARGETS[@]}; i += 2)); do
    pids=()
    for t in "${TARGETS[@]:i:2}"; do
        run_one "$t" & pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || failed=1; done
done
exit $failed

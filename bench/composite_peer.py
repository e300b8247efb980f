# SPDX-License-Identifier: GPL-3.0-or-later
"""Peer of bench_composite: numpy nanmedian over the same monthly stacks.

Reads <dir>/stack_<month>_<band>.npy (acquisitions × rows × cols float32, NaN = cloud or
nodata, written by bench_composite) and times np.nanmedian along the acquisition axis, month by
month and band by band (loading is not timed). Prints "peer_seconds <s>", "peer_cpu_seconds <s>" and "peer_px_obs <n>".
"""
import glob
import time
import warnings

import numpy as np

from peer_arguments import positional


def main():
    (folder,) = positional(__doc__, [("folder", str)])
    seconds = 0.0
    cpu_seconds = 0.0
    px_obs = 0
    for path in sorted(glob.glob(folder + "/stack_*.npy")):
        stack = np.load(path)
        start = time.perf_counter()
        cpu_start = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN pixels, as expected
            median = np.nanmedian(stack, axis=0)
        seconds += time.perf_counter() - start
        cpu_seconds += time.process_time() - cpu_start
        px_obs += stack.size
        del median, stack
    print("peer_seconds %.6f" % seconds)
    print("peer_cpu_seconds %.6f" % cpu_seconds)
    print("peer_px_obs %d" % px_obs)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""scikit-learn peer of bench/forest: RandomForestClassifier on the same sample table.

Run by the C++ benchmark with Debian's system python3 (python3-sklearn), with the same
number of trees and threads. Prints one line: train seconds, predict seconds, accuracy.
"""
import time

from peer_arguments import positional

folder, features, trees, threads = positional(__doc__, [
    ("folder", str), ("features", int), ("trees", int), ("threads", int)])

import numpy as np  # noqa: E402 (after the arguments, so that --help needs neither)
from sklearn.ensemble import RandomForestClassifier  # noqa: E402
x_train = np.fromfile(f"{folder}/train.f32", np.float32).reshape(-1, features)
y_train = np.fromfile(f"{folder}/train_labels.i32", np.int32)
x_test = np.fromfile(f"{folder}/test.f32", np.float32).reshape(-1, features)
y_test = np.fromfile(f"{folder}/test_labels.i32", np.int32)

forest = RandomForestClassifier(n_estimators=trees, n_jobs=threads, random_state=1)
start = time.perf_counter()
forest.fit(x_train, y_train)
train_seconds = time.perf_counter() - start
start = time.perf_counter()
predicted = forest.predict(x_test)
predict_seconds = time.perf_counter() - start
print(f"{train_seconds:.6f} {predict_seconds:.6f} {np.mean(predicted == y_test):.6f}")

#!/usr/bin/python3
"""PyTorch eager peer of bench/classify: the seed's LSTM on the same weights and pixels.

Run by the C++ benchmark with Debian's system python3 (python3-torch). Prints px/s and
writes the probabilities so the benchmark can check both compute the same thing.
"""
import time

from peer_arguments import positional

folder, n, steps, bands, classes, threads, batch = positional(__doc__, [
    ("folder", str), ("pixels", int), ("steps", int), ("bands", int), ("classes", int),
    ("threads", int), ("batch", int)])

import numpy as np  # noqa: E402 (after the arguments, so that --help needs neither)
import torch  # noqa: E402
torch.set_num_threads(threads)
hidden = [200, 125, 100]
lstms, size = [], bands
for i, h in enumerate(hidden):
    lstm = torch.nn.LSTM(size, h, batch_first=True)
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(torch.from_numpy(np.fromfile(f"{folder}/l{i}_wih.f32", np.float32).reshape(4 * h, size)))
        lstm.weight_hh_l0.copy_(torch.from_numpy(np.fromfile(f"{folder}/l{i}_whh.f32", np.float32).reshape(4 * h, h)))
        lstm.bias_ih_l0.copy_(torch.from_numpy(np.fromfile(f"{folder}/l{i}_b.f32", np.float32)))
        lstm.bias_hh_l0.zero_()
    lstms.append(lstm.eval())
    size = h
fc = torch.nn.Linear(hidden[-1], classes)
with torch.no_grad():
    fc.weight.copy_(torch.from_numpy(np.fromfile(f"{folder}/fc_w.f32", np.float32).reshape(classes, hidden[-1])))
    fc.bias.copy_(torch.from_numpy(np.fromfile(f"{folder}/fc_b.f32", np.float32)))
fc.eval()
x = torch.from_numpy(np.fromfile(f"{folder}/pixels.f32", np.float32).reshape(n, steps, bands))

def run(chunk):
    y = chunk
    for lstm in lstms:
        y, _ = lstm(y)
    return torch.softmax(fc(y[:, -1, :]), dim=1)

out = np.empty((n, classes), np.float32)
with torch.inference_mode():
    run(x[:batch])  # warm-up
    start = time.perf_counter()
    for s in range(0, n, batch):
        out[s:s + batch] = run(x[s:s + batch]).numpy()
    seconds = time.perf_counter() - start
out.tofile(f"{folder}/peer_probabilities.f32")
print(f"{n / seconds:.1f}")

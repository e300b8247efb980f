#!/usr/bin/python3
"""PyTorch eager peer of bench/train: training steps of the seed's LSTM.

Run by the C++ benchmark with Debian's system python3 (python3-torch) with the same
model (LSTM 200, 125, 100 + dropout 0.2 + linear), batch, class weights, optimizer
(RMSprop) and thread count. Prints "samples_per_s=<value> loss=<last loss>".
"""
import time

from peer_arguments import positional

steps, batch, threads, T, B, U = positional(__doc__, [
    ("steps", int), ("batch", int), ("threads", int), ("t", int), ("b", int), ("u", int)])

import torch  # noqa: E402 (after the arguments, so that --help needs no torch)

from seed_lstm import SeedLstm  # noqa: E402
torch.set_num_threads(threads)
torch.manual_seed(1)

model = SeedLstm(B, U).train()
optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3)
weights = torch.linspace(1.0, 5.0, U)
x = torch.randn(batch, T, B)
y = torch.randint(0, U, (batch,))


def step():
    optimizer.zero_grad()
    loss = torch.nn.functional.cross_entropy(model(x), y, weight=weights)
    loss.backward()
    optimizer.step()
    return loss


for _ in range(3):
    step()
start = time.perf_counter()
for _ in range(steps):
    loss = step()
elapsed = time.perf_counter() - start
print(f"samples_per_s={steps * batch / elapsed:.1f} loss={loss.item():.4f}")

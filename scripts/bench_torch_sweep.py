"""The search of nnlab-bench's sweep section written as a plain PyTorch loop.

Usage: bench_torch_sweep.py DATA.csv TRIALS EPOCHS. DATA.csv is nnlab's `save data`
(features, label, split). Every trial starts from the same initial weights, samples
lr = 10^uniform(-4, -1), trains 64-128-10 with Adam at batch 64, validates after each
epoch, and ends with full passes over the training and validation splits, as nnlab's
trials do. Prints the search's seconds (the loop only, data already loaded); exit 3
when torch is missing.
"""
import copy
import sys
import time

import numpy as np

try:
    import torch
except ImportError:
    sys.exit(3)


def load(path):
    with open(path) as handle:
        header = handle.readline().strip().split(",")
        rows = [line.strip().split(",") for line in handle if line.strip()]
    label, split = header.index("label"), header.index("split")
    features = [i for i in range(len(header)) if i not in (label, split)]
    x = np.array([[float(r[i]) for i in features] for r in rows], dtype=np.float32)
    y = np.array([int(float(r[label])) for r in rows], dtype=np.int64)
    s = np.array([r[split] for r in rows])
    return {name: (torch.from_numpy(x[s == name]), torch.from_numpy(y[s == name])) for name in ("train", "val")}


def evaluate(model, x, y, loss):
    with torch.no_grad():
        scores = model(x)
        return loss(scores, y).item(), (scores.argmax(1) == y).float().mean().item()


def main():
    torch.set_num_threads(1)
    data = load(sys.argv[1])
    trials, epochs = int(sys.argv[2]), int(sys.argv[3])
    (x, y), (vx, vy) = data["train"], data["val"]
    torch.manual_seed(0)
    start_model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    loss = torch.nn.CrossEntropyLoss()
    rng = np.random.default_rng(0)
    began = time.perf_counter()
    for _ in range(trials):
        model = copy.deepcopy(start_model)
        optimizer = torch.optim.Adam(model.parameters(), lr=float(10 ** rng.uniform(-4, -1)))
        for _ in range(epochs):
            order = torch.randperm(len(x))
            for first in range(0, len(x), 64):
                batch = order[first:first + 64]
                optimizer.zero_grad()
                value = loss(model(x[batch]), y[batch])
                value.backward()
                optimizer.step()
            evaluate(model, vx, vy, loss)
        evaluate(model, x, y, loss)
        evaluate(model, vx, vy, loss)
    print(time.perf_counter() - began)


main()

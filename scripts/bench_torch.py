"""The benchmark's torch peer: the MLP training steps of bench_numpy.py in PyTorch.

Usage: bench_torch.py SIZES BATCH STEPS   (SIZES like 64,128,10)
Prints steps per second: ReLU between layers, softmax cross-entropy, torch.optim.Adam,
float32, one thread unless OMP_NUM_THREADS says otherwise. Exit 3 without torch.
"""
import os
import sys
import time

try:
    import torch
except ImportError:
    sys.exit(3)


def main():
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    sizes = [int(s) for s in sys.argv[1].split(",")]
    batch, steps = int(sys.argv[2]), int(sys.argv[3])
    torch.manual_seed(0)
    layers = []
    for index, (inputs, outputs) in enumerate(zip(sizes, sizes[1:])):
        layers.append(torch.nn.Linear(inputs, outputs))
        if index < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = torch.nn.CrossEntropyLoss()
    x = torch.randn(batch, sizes[0])
    y = torch.arange(batch) % sizes[-1]

    def step():
        optimizer.zero_grad()
        loss(model(x), y).backward()
        optimizer.step()

    for _ in range(3):
        step()
    best = None
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(steps):
            step()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(steps / best)


if __name__ == "__main__":
    main()

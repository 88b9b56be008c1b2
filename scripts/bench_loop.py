"""The whole-process peers of nnlab-bench's training loop: start, load the digits nnlab
saved, and train 64-128-10 with Adam at batch 64 for STEPS steps over shuffled epochs.

Usage: bench_loop.py numpy|torch DATA.csv STEPS. DATA.csv is nnlab's `save data`
(features, label, split); only the train split is used. The caller times the process.
Exit 3 when the library is missing.
"""
import sys


def load(path, np):
    with open(path) as handle:
        header = handle.readline().strip().split(",")
        rows = [line.strip().split(",") for line in handle if line.strip()]
    label, split = header.index("label"), header.index("split")
    features = [i for i in range(len(header)) if i not in (label, split)]
    train = [r for r in rows if r[split] == "train"]
    x = np.array([[float(r[i]) for i in features] for r in train], dtype=np.float32)
    y = np.array([int(float(r[label])) for r in train], dtype=np.int64)
    return x, y


def numpy_loop(path, steps):
    import numpy as np
    x, y = load(path, np)
    rng = np.random.default_rng(0)
    sizes = [x.shape[1], 128, 10]
    params = []
    for inputs, outputs in zip(sizes, sizes[1:]):
        bound = 1 / np.sqrt(inputs)
        params += [rng.uniform(-bound, bound, (outputs, inputs)).astype(np.float32),
                   rng.uniform(-bound, bound, outputs).astype(np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, b1, b2, eps = np.float32(1e-3), np.float32(0.9), np.float32(0.999), np.float32(1e-8)
    order, position = rng.permutation(len(x)), 0
    for t in range(1, steps + 1):
        if position >= len(x):
            order, position = rng.permutation(len(x)), 0
        batch = order[position:position + 64]
        position += 64
        w1, b1_, w2, b2_ = params
        xb, yb = x[batch], y[batch]
        h = np.maximum(xb @ w1.T + b1_, 0)
        s = h @ w2.T + b2_
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = p
        g[np.arange(len(yb)), yb] -= 1
        g /= len(yb)
        gh = (g @ w2) * (h > 0)
        grads = [gh.T @ xb, gh.sum(axis=0), g.T @ h, g.sum(axis=0)]
        for k, (param, grad) in enumerate(zip(params, grads)):
            m[k] *= b1
            m[k] += (1 - b1) * grad
            v[k] *= b2
            v[k] += (1 - b2) * grad * grad
            param -= (lr / (1 - b1 ** t)) * m[k] / (np.sqrt(v[k] / (1 - b2 ** t)) + eps)


def torch_loop(path, steps):
    import numpy as np
    import torch
    torch.set_num_threads(1)
    x, y = load(path, np)
    x, y = torch.from_numpy(x), torch.from_numpy(y)
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(x.shape[1], 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = torch.nn.CrossEntropyLoss()
    order, position = torch.randperm(len(x)), 0
    for _ in range(steps):
        if position >= len(x):
            order, position = torch.randperm(len(x)), 0
        batch = order[position:position + 64]
        position += 64
        optimizer.zero_grad()
        loss(model(x[batch]), y[batch]).backward()
        optimizer.step()


def main():
    peer, path, steps = sys.argv[1], sys.argv[2], int(sys.argv[3])
    try:
        (numpy_loop if peer == "numpy" else torch_loop)(path, steps)
    except ImportError:
        sys.exit(3)


if __name__ == "__main__":
    main()

"""The benchmark's baseline: the same MLP training steps as nnlab-bench, in numpy.

Usage: bench_numpy.py SIZES BATCH STEPS   (SIZES like 64,128,10)
Prints steps per second. ReLU between layers, softmax cross-entropy, Adam
(PyTorch's rule), float32, weights stored [out, in] as in nnlab.
"""
import sys
import time

import numpy as np


def main():
    sizes = [int(s) for s in sys.argv[1].split(",")]
    batch, steps = int(sys.argv[2]), int(sys.argv[3])
    rng = np.random.default_rng(0)
    weights = [(rng.uniform(-1, 1, (o, i)) / np.sqrt(i)).astype(np.float32) for i, o in zip(sizes, sizes[1:])]
    biases = [np.zeros(o, np.float32) for o in sizes[1:]]
    params = weights + biases
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    x = rng.standard_normal((batch, sizes[0])).astype(np.float32)
    y = np.arange(batch) % sizes[-1]
    lr, b1, b2, eps = np.float32(1e-3), np.float32(0.9), np.float32(0.999), np.float32(1e-8)

    def step(t):
        acts = [x]
        for i, (w, b) in enumerate(zip(weights, biases)):
            z = acts[-1] @ w.T + b
            acts.append(np.maximum(z, 0) if i < len(weights) - 1 else z)
        s = acts[-1]
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = p
        g[np.arange(batch), y] -= 1
        g /= batch
        grads_w, grads_b = [None] * len(weights), [None] * len(weights)
        for i in reversed(range(len(weights))):
            grads_w[i] = g.T @ acts[i]
            grads_b[i] = g.sum(axis=0)
            if i > 0:
                g = (g @ weights[i]) * (acts[i] > 0)
        for k, (param, grad) in enumerate(zip(params, grads_w + grads_b)):
            m[k] *= b1
            m[k] += (1 - b1) * grad
            v[k] *= b2
            v[k] += (1 - b2) * grad * grad
            denom = np.sqrt(v[k] / (1 - b2 ** t)) + eps
            param -= (lr / (1 - b1 ** t)) * m[k] / denom

    for t in range(1, 4):
        step(t)
    best = None
    for _ in range(3):
        start = time.perf_counter()
        for t in range(steps):
            step(t + 4)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(steps / best)


if __name__ == "__main__":
    main()

"""The PCA baseline of nnlab-bench: covariance and eigendecomposition in numpy.

Usage: bench_numpy_pca.py SAMPLES FEATURES COMPONENTS
Prints the median seconds of fitting PCA (mean, covariance, LAPACK eigh, top components)
on float32 Gaussian data, over 3 runs.
"""
import sys
import time

import numpy as np


def main():
    samples, features, components = (int(a) for a in sys.argv[1:4])
    x = np.random.default_rng(0).standard_normal((samples, features)).astype(np.float32)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        centred = x - x.mean(axis=0)
        covariance = centred.T @ centred / (samples - 1)
        values, vectors = np.linalg.eigh(covariance.astype(np.float64))
        _ = vectors[:, ::-1][:, :components]
        times.append(time.perf_counter() - start)
    print(sorted(times)[1])


if __name__ == "__main__":
    main()

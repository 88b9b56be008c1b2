#!/usr/bin/env python3
"""Writes Tests/NNLabTests/Fixtures/idx: tiny MNIST-style IDX files gzip-compressed as
MNIST is downloaded (train-*.gz: 3 images 2x2, labels 7 0 2; t10k-*.gz: 2 images, labels
1 7), with Python's gzip and mtime 0 so the bytes do not change from run to run."""
import gzip
import pathlib
import struct

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "Tests/NNLabTests/Fixtures/idx"


def idx(dims, elements):
    return bytes([0, 0, 8, len(dims)]) + b"".join(struct.pack(">I", d) for d in dims) + bytes(elements)


FILES = {
    "train-images-idx3-ubyte.gz": idx([3, 2, 2], [0, 255, 51, 102, 1, 2, 3, 4, 255, 255, 0, 0]),
    "train-labels-idx1-ubyte.gz": idx([3], [7, 0, 2]),
    "t10k-images-idx3-ubyte.gz": idx([2, 2, 2], [10, 20, 30, 40, 50, 60, 70, 80]),
    "t10k-labels-idx1-ubyte.gz": idx([2], [1, 7]),
}

FOLDER.mkdir(parents=True, exist_ok=True)
for name, data in FILES.items():
    (FOLDER / name).write_bytes(gzip.compress(data, mtime=0))

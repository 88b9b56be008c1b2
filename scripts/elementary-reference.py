#!/usr/bin/env python3
"""Correctly rounded reference values for Tests/ElementaryTests (needs mpmath).

    scripts/elementary-reference.py [COUNT] [SEED] > Tests/ElementaryTests/Fixtures/reference.txt

Each line: function name, the argument(s) and the correctly rounded result, as the
16 hex digits of the doubles' bit patterns. Results are computed with 300 bits and
rounded to the nearest double (subnormals included) through Python's float().
"""
import random
import struct
import sys

import mpmath

mpmath.mp.prec = 300


def bits(x):
    return "%016x" % struct.unpack(">Q", struct.pack(">d", x))[0]


def nearest(v):
    return float(mpmath.nstr(v, 60, min_fixed=1, max_fixed=0))


def log_uniform(rng, low_exponent, high_exponent):
    return rng.uniform(1, 2) * 2.0 ** rng.randint(low_exponent, high_exponent)


def signed(rng, x):
    return x if rng.random() < 0.5 else -x


def arguments(rng, name):
    choice = rng.random()
    if name == "exp":
        return [rng.uniform(-745, 709.7) if choice < 0.3 else rng.uniform(-20, 20) if choice < 0.7
                else signed(rng, log_uniform(rng, -60, 0))]
    if name == "expm1":
        return [rng.uniform(-40, 709.7) if choice < 0.3 else rng.uniform(-3, 3) if choice < 0.7
                else signed(rng, log_uniform(rng, -60, -1))]
    if name in ("log", "log2", "log10"):
        if choice < 0.2:
            return [1 + signed(rng, log_uniform(rng, -50, -2))]
        if choice < 0.25:
            return [rng.randint(1, 2**52) * 2.0**-1074]  # subnormal
        return [log_uniform(rng, -1022, 1023)]
    if name == "tanh":
        return [signed(rng, log_uniform(rng, -30, 4))]
    if name == "erf":
        return [rng.uniform(-6.5, 6.5) if choice < 0.6 else signed(rng, log_uniform(rng, -30, 1))]
    if name in ("sin", "cos"):
        if choice < 0.5:
            return [rng.uniform(-10, 10)]
        if choice < 0.8:
            return [rng.uniform(-2e6, 2e6)]
        return [signed(rng, log_uniform(rng, 21, 1023))]
    if name == "pow":
        if choice < 0.2:
            return [float(rng.randint(1, 30)), float(rng.randint(-20, 20))]
        x = log_uniform(rng, -20, 20)
        if rng.random() < 0.1:
            x = -x
            return [x, float(rng.randint(-40, 40))]
        limit = float(1000 / abs(mpmath.log(x))) if x != 1 else 1000.0
        return [x, rng.uniform(-limit, limit)]
    raise ValueError(name)


def reference(name, args):
    x = mpmath.mpf(args[0])
    if name == "exp":
        return mpmath.exp(x)
    if name == "expm1":
        return mpmath.expm1(x)
    if name == "log":
        return mpmath.log(x)
    if name == "log2":
        return mpmath.log(x, 2)
    if name == "log10":
        return mpmath.log10(x)
    if name == "tanh":
        return mpmath.tanh(x)
    if name == "erf":
        return mpmath.erf(x)
    if name == "sin":
        return mpmath.sin(x)
    if name == "cos":
        return mpmath.cos(x)
    if name == "pow":
        return mpmath.power(x, mpmath.mpf(args[1]))
    raise ValueError(name)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 8)
    names = ["exp", "expm1", "log", "log2", "log10", "tanh", "erf", "sin", "cos", "pow"]
    for name in names:
        for _ in range(count):
            args = arguments(rng, name)
            print(name, " ".join(bits(a) for a in args), bits(nearest(reference(name, args))))


main()

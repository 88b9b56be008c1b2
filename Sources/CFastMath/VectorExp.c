#include <stdint.h>
#include <string.h>
#include "CFastMath.h"

/* Elementary's Math.exp (fdlibm's method) lane by lane: the same operations in the same
   order, unfused, so every lane matches it bit for bit. */
#pragma clang fp contract(off)

typedef double double8 __attribute__((ext_vector_type(8)));
typedef int64_t long8 __attribute__((ext_vector_type(8)));

static const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
static const double inverse_ln2 = 1.44269504088896338700e+00;

/* Eight values from `p` into `q`; returns how many lay beyond ±700 or were NaN. */
static inline __attribute__((always_inline)) long exp8(const double *p, double *q) {
    double8 x;
    memcpy(&x, p, sizeof x);
    long8 bits;
    memcpy(&bits, &x, sizeof bits);
    long8 high = (bits >> 32) & 0x7FFFFFFF;
    double8 half = __builtin_elementwise_copysign((double8)0.5, x);
    /* fdlibm's k = (int)(x/ln2 ± ½), truncated, kept as a double: converting to integers
       lane-wise is not in AVX2 or AVX-512F, and the compiler would go lane by lane. */
    double8 t = __builtin_elementwise_trunc(inverse_ln2 * x + half);
    /* Below ½ln2 there is no reduction; below 1.5·ln2 the reduction is by one ln2. */
    double8 one = __builtin_elementwise_copysign((double8)1, x);
    t = high <= 0x3FD62E42 ? (double8)0 : (high < 0x3FF0A2B2 ? one : t);
    /* t + 1.5·2⁵² holds the integer t in its low bits (|t| < 2⁵¹ in range). */
    double8 shifted = t + 0x1.8p52;
    long8 k;
    memcpy(&k, &shifted, sizeof k);
    k -= 0x4338000000000000;
    double8 hi = x - t * ln2_hi, lo = t * ln2_lo;
    double8 r = hi - lo;
    double8 s = r * r;
    double8 c = r - s * (1.66666666666666019037e-01 + s * (-2.77777777770155933842e-03 + s * (6.61375632143793436117e-05
        + s * (-1.65339022054652515390e-06 + s * 4.13813679705723846039e-08))));
    double8 y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    long8 scale_bits = (k + 1023) << 52;
    double8 scale;
    memcpy(&scale, &scale_bits, sizeof scale);
    y = t == 0 ? y : y * scale;
    y = high < 0x3E300000 ? 1 + x : y;
    y = x == 1 ? (double8)2.718281828459045235360 : y;
    memcpy(q, &y, sizeof y);
    long8 outside = !(__builtin_elementwise_abs(x) <= 700);
    return -__builtin_reduce_add(outside);
}

__attribute__((target_clones("avx512f", "avx2", "default")))
long nnlab_exp(const double *exponents, double *values, long count) {
    long whole = count - count % 8, outside = 0;
    for (long i = 0; i < whole; i += 8) outside += exp8(exponents + i, values + i);
    if (whole == count) return outside;
    double rest[8] = {0}, results[8];
    memcpy(rest, exponents + whole, (count - whole) * sizeof(double));
    outside += exp8(rest, results);
    memcpy(values + whole, results, (count - whole) * sizeof(double));
    return outside;
}

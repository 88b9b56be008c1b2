#include <string.h>
#include "CFastMath.h"

/* A fused multiply-add rounds once where Swift's code rounds twice. */
#pragma clang fp contract(off)

typedef float float16v __attribute__((ext_vector_type(16)));

/* One group of sixteen coordinates, in the order Adam.swift documents. */
static inline __attribute__((always_inline)) void adam16(const float *theta_in, float *next, const float *gradient, float *m, float *v,
                          nnlab_adam_rule r, nnlab_float8 *sum_change,
                          nnlab_float8 *sum_weight, nnlab_float8 *sum_poison) {
    float16v theta, g, moment, square;
    memcpy(&theta, theta_in, sizeof theta);
    memcpy(&g, gradient, sizeof g);
    memcpy(&moment, m, sizeof moment);
    memcpy(&square, v, sizeof square);
    g += r.l2 * theta;
    moment += r.complement1 * (g - moment);
    square = r.beta2 * square + r.complement2 * g * g;
    float16v denominator = __builtin_elementwise_sqrt(square) * r.inverse_root_correction2 + r.epsilon;
    float16v updated = theta * r.shrink - r.step_size * moment / denominator;
    memcpy(m, &moment, sizeof moment);
    memcpy(v, &square, sizeof square);
    memcpy(next, &updated, sizeof updated);
    float16v delta = updated - theta;
    float16v change = delta * delta, weight = theta * theta, poison = updated * 0;
    *sum_change += change.lo;
    *sum_weight += weight.lo;
    *sum_poison += poison.lo;
    *sum_change += change.hi;
    *sum_weight += weight.hi;
    *sum_poison += poison.hi;
}

/* The last `rest` (< 16) coordinates, padded with zeros: Adam maps zeros to zeros, and
   adding zero to a sum leaves it as it was. */
static void pass_padded(const float *theta, float *next, const float *gradient, float *m, float *v, long rest,
                        nnlab_adam_rule rule, nnlab_float8 *change, nnlab_float8 *weight, nnlab_float8 *poison) {
    float t[16] = {0}, n[16], g[16] = {0}, mm[16] = {0}, vv[16] = {0};
    memcpy(t, theta, rest * sizeof(float));
    memcpy(g, gradient, rest * sizeof(float));
    memcpy(mm, m, rest * sizeof(float));
    memcpy(vv, v, rest * sizeof(float));
    adam16(t, n, g, mm, vv, rule, change, weight, poison);
    memcpy(next, n, rest * sizeof(float));
    memcpy(m, mm, rest * sizeof(float));
    memcpy(v, vv, rest * sizeof(float));
}

__attribute__((target_clones("avx512f", "avx2", "default")))
void nnlab_adam_pass(const float *theta, float *next, const float *gradient, float *m, float *v,
                     long count, nnlab_adam_rule rule, float *sums) {
    nnlab_float8 change, weight, poison;
    memcpy(&change, sums, sizeof change);
    memcpy(&weight, sums + 8, sizeof weight);
    memcpy(&poison, sums + 16, sizeof poison);
    long whole = count - count % 16;
    for (long i = 0; i < whole; i += 16)
        adam16(theta + i, next + i, gradient + i, m + i, v + i, rule, &change, &weight, &poison);
    long rest = count - whole;
    if (rest > 0) pass_padded(theta + whole, next + whole, gradient + whole, m + whole, v + whole, rest,
                              rule, &change, &weight, &poison);
    memcpy(sums, &change, sizeof change);
    memcpy(sums + 8, &weight, sizeof weight);
    memcpy(sums + 16, &poison, sizeof poison);
}

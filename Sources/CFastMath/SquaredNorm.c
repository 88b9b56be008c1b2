#include <string.h>
#include "CFastMath.h"

#pragma clang fp contract(off)

typedef double double8 __attribute__((ext_vector_type(8)));

/* Sixteen partial sums in Double, coordinate i into partial i mod 16 while 16 remain, then
   the partials folded in a fixed order, then the rest one by one: the same bits in every
   version, and two independent chains of vector adds instead of one of scalar ones. */
__attribute__((target_clones("avx512f", "avx2", "default")))
double nnlab_squared_norm(const float *x, long count) {
    double8 low = 0, high = 0;
    long i = 0;
    for (; i + 16 <= count; i += 16) {
        nnlab_float8 a, b;
        memcpy(&a, x + i, sizeof a);
        memcpy(&b, x + i + 8, sizeof b);
        double8 da = __builtin_convertvector(a, double8), db = __builtin_convertvector(b, double8);
        low += da * da;
        high += db * db;
    }
    double8 both = low + high;
    double total = ((both[0] + both[1]) + (both[2] + both[3])) + ((both[4] + both[5]) + (both[6] + both[7]));
    for (; i < count; i++) total += (double)x[i] * (double)x[i];
    return total;
}

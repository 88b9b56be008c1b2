#include "CFastMath.h"

/* Swift's max(0, x) is `x >= 0 ? x : 0`: −0 stays −0 and NaN becomes 0; kept exactly. */
__attribute__((target_clones("avx512f", "avx2", "default")))
void nnlab_relu(const float *x, float *y, long count) {
    for (long i = 0; i < count; i++) y[i] = x[i] >= 0 ? x[i] : 0;
}

__attribute__((target_clones("avx512f", "avx2", "default")))
void nnlab_relu_backward(const float *x, const float *gradient, float *inputGradient, long count) {
    for (long i = 0; i < count; i++) inputGradient[i] = x[i] > 0 ? gradient[i] : 0;
}

#ifndef NNLAB_CFASTMATH_H
#define NNLAB_CFASTMATH_H

/* The square root as the IEEE operation alone. Glibc's sqrtf also sets errno for a
   negative argument, and that possible side effect keeps Swift's squareRoot() out of
   vectorized loops; the element-wise builtin lowers to the bare instruction. */
static inline float nnlab_sqrtf(float x) { return __builtin_elementwise_sqrt(x); }

#endif

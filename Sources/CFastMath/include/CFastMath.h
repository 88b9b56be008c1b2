#ifndef NNLAB_CFASTMATH_H
#define NNLAB_CFASTMATH_H

/* Eight floats; Swift sees this type as SIMD8<Float>. */
typedef float nnlab_float8 __attribute__((ext_vector_type(8)));

/* The square root of eight lanes in vector instructions (sqrtps). Swift's SIMD
   squareRoot() is taken lane by lane, which made the optimizers' pass 4x slower. */
static inline nnlab_float8 nnlab_sqrt8(nnlab_float8 x) { return __builtin_elementwise_sqrt(x); }

#endif

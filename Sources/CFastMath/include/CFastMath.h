#ifndef NNLAB_CFASTMATH_H
#define NNLAB_CFASTMATH_H

/* Four floats; Swift sees this type as SIMD4<Float>. */
typedef float nnlab_float4 __attribute__((ext_vector_type(4)));

/* The square root of four lanes in one instruction (sqrtps). Swift's SIMD
   squareRoot() is taken lane by lane, which made the optimizers' pass 4x slower. */
static inline nnlab_float4 nnlab_sqrt4(nnlab_float4 x) { return __builtin_elementwise_sqrt(x); }

#endif

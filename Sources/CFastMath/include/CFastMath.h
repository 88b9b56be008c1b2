#ifndef NNLAB_CFASTMATH_H
#define NNLAB_CFASTMATH_H

/* Eight floats; Swift sees this type as SIMD8<Float>. */
typedef float nnlab_float8 __attribute__((ext_vector_type(8)));

/* The square root of eight lanes in vector instructions (sqrtps). Swift's SIMD
   squareRoot() is taken lane by lane, which made the optimizers' pass 4x slower. */
static inline nnlab_float8 nnlab_sqrt8(nnlab_float8 x) { return __builtin_elementwise_sqrt(x); }

/* Adam's per-step constants; see Adam.swift for the rule they make up. */
typedef struct {
    float beta2;
    float complement1, complement2; /* 1 − β₁ and 1 − β₂ */
    float epsilon;
    float step_size;                /* γ / (1 − β₁ᵗ) */
    float inverse_root_correction2; /* 1/√(1 − β₂ᵗ) */
    float l2;                       /* λ for L2 decay (0 for AdamW) */
    float shrink;                   /* 1 − γλ for decoupled decay (1 for Adam) */
} nnlab_adam_rule;

/* The coordinates whose lane sums the update measure adds in Float before folding them
   into Double: 64 chunks of eight. */
#define NNLAB_UPDATE_BLOCK 512

/* Applies Adam to `count` (at most NNLAB_UPDATE_BLOCK) coordinates and adds their lane
   sums, chunk after chunk of eight coordinates, to `sums`: 24 floats, the eight lanes of
   (θ′ − θ)², then of θ², then of θ′·0 (NaN once any θ′ is not finite). Chosen at load time for AVX-512, AVX2 or baseline x86-64; every
   version gives the same bits, since each lane is computed alone and unfused. */
void nnlab_adam_pass(const float *theta, float *next, const float *gradient, float *m, float *v,
                     long count, nnlab_adam_rule rule, float *sums);

/* eˣ of each of `count` exponents into `values`, equal bit for bit to Elementary's
   Math.exp for exponents within ±700 (where results are normal). Returns how many lay
   outside (or were NaN): their values are meaningless and left to the caller. Chosen
   at load time like nnlab_adam_pass. `values` may be `exponents` (in place). */
long nnlab_exp(const double *exponents, double *values, long count);

/* ReLU forward (y = max(0, x) as Swift defines it) and backward (gradient where x > 0,
   else 0) over `count` floats; vector code chosen at load time, same bits everywhere. */
void nnlab_relu(const float *x, float *y, long count);
void nnlab_relu_backward(const float *x, const float *gradient, float *inputGradient, long count);

/* Σ x² of `count` floats in Double, in a fixed order of 16 partial sums (see
   SquaredNorm.c), so every version chosen at load time gives the same bits. */
double nnlab_squared_norm(const float *x, long count);

#endif

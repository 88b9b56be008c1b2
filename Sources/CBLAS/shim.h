#include <cblas.h>
/* OpenBLAS extension: fixes the thread count so results and timings repeat. */
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
/* LAPACK's divide-and-conquer symmetric eigensolver, which libopenblas exports under its
   Fortran name (the LAPACKE header is not installed with libopenblas-dev). Column-major;
   the two trailing lengths are the hidden lengths of the character arguments. */
void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda,
             double *w, double *work, const int *lwork, int *iwork, const int *liwork,
             int *info, size_t jobz_length, size_t uplo_length);

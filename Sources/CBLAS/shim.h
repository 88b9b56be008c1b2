#include <cblas.h>
/* OpenBLAS extension: fixes the thread count so results and timings repeat. */
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);

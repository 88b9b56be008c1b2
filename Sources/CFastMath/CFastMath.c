/* Header-only: see include/CFastMath.h. */

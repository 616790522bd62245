/* The compiler's prefetch hint, which Swift does not offer: memory asked for ahead of its use. */
#ifndef JOBSAG_CPREFETCH_SHIM_H
#define JOBSAG_CPREFETCH_SHIM_H

/* Asks for the cache line holding `address` to be read into the cache for reading; a hint,
   never a fault, whatever the address. */
static inline void jobsag_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif

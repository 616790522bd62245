/* The C library's malloc tuning (mallopt), which Glibc's Swift module leaves out. */
#ifndef JOBSAG_CMALLOC_SHIM_H
#define JOBSAG_CMALLOC_SHIM_H

#include <malloc.h>

#endif

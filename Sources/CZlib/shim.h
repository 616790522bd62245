/* The system's zlib (Debian zlib1g-dev): gzip for the store's backups. */
#ifndef JOBSAG_CZLIB_SHIM_H
#define JOBSAG_CZLIB_SHIM_H

#include <zlib.h>

#endif

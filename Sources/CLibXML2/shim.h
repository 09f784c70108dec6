// libxml2 headers, plus a wrapper for xmlFree: it is a global function-pointer variable,
// which Swift 6's strict concurrency refuses to read directly.
#ifndef CITECHECK_CLIBXML2_SHIM_H
#define CITECHECK_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

static inline void cx_free(void *p) { xmlFree(p); }
#endif

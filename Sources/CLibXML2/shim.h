// libxml2 headers, plus a wrapper for xmlFree: it is a global function-pointer variable,
// which Swift 6's strict concurrency refuses to read directly.
#ifndef CITECHECK_CLIBXML2_SHIM_H
#define CITECHECK_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU, so encoding.h would pull in the system's ICU headers, whose
// UErrorCode clashes with Foundation's bundled ICU in the same Swift module. We never touch the
// ICU converter fields (only the opaque handler pointer), so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

static inline void cx_free(void *p) { xmlFree(p); }
// The version of the libxml2 loaded at run time ("21205"): a per-thread global behind a macro.
static inline const char *cx_parser_version(void) { return xmlParserVersion; }

// The encoding layer reports conversion errors through the generic handler even with
// HTML_PARSE_NOERROR; the handler is per thread, so each parse silences it on its own thread.
// (Variadic, so it cannot be written in Swift.)
static void cx_ignore_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void cx_silence_errors(void) { xmlSetGenericErrorFunc(NULL, cx_ignore_error); }
#endif

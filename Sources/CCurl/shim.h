// Typed wrappers for libcurl's variadic functions, which Swift cannot import.
// One function per argument kind, as swift-corelibs-foundation does.
#ifndef CITECHECK_CCURL_SHIM_H
#define CITECHECK_CCURL_SHIM_H
#include <curl/curl.h>
#include <idn2.h>
#include <stdlib.h>

typedef size_t (*cc_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);

static inline CURLcode cc_easy_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_easy_setopt_off_t(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_easy_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_easy_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_easy_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode cc_easy_setopt_data_callback(CURL *h, CURLoption o, cc_data_callback v) { return curl_easy_setopt(h, o, v); }

static inline CURLcode cc_easy_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode cc_easy_getinfo_off_t(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode cc_easy_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode cc_easy_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode cc_easy_getinfo_pointer(CURL *h, CURLINFO i, void **v) { return curl_easy_getinfo(h, i, v); }

static inline CURLMcode cc_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }
static inline CURLSHcode cc_share_setopt_long(CURLSH *s, CURLSHoption o, long v) { return curl_share_setopt(s, o, v); }
static inline CURLcode cc_easy_setopt_share(CURL *h, CURLSH *s) { return curl_easy_setopt(h, CURLOPT_SHARE, s); }
/* CURL_GLOBAL_ALL is a macro expression Swift does not import. */
static inline CURLcode cc_global_init_all(void) { return curl_global_init(CURL_GLOBAL_ALL); }
/* CURLMsg.data is a union; read the result field in C. */
static inline CURLcode cc_msg_result(const CURLMsg *m) { return m->data.result; }

/* An internationalised host name to its ASCII (punycode) form, IDNA 2008 non-transitional as
   browsers do, from UTF-8 whatever the process locale. libcurl's own conversion reads the name in
   the locale's encoding, and a Swift process runs in the C locale. NULL when the name is invalid;
   free the result with cc_idn2_free. */
static inline char *cc_idn2_to_ascii(const char *utf8) {
    char *out = NULL;
    if (idn2_to_ascii_8z(utf8, &out, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL) != IDN2_OK) return NULL;
    return out;
}
static inline void cc_idn2_free(char *p) { idn2_free(p); }

/* The libcurl loaded at run time; CURLVERSION_NOW is a macro. */
static inline const char *cc_version(void) { return curl_version_info(CURLVERSION_NOW)->version; }

#endif

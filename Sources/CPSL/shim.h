// libpsl, the Public Suffix List library: only psl_latest, psl_registrable_domain and psl_free
// are used (Sources/CiteCheck/Fetch/RegistrableDomain.swift).
#include <libpsl.h>

internal import CCurl

/// libcurl's process-wide set-up. `curl_global_init` must run once, before any other curl call and
/// not concurrently with one; a static let gives exactly that (it is initialised once, thread-safely).
enum CurlGlobal {
    static let ready: Bool = cc_global_init_all() == CURLE_OK
}

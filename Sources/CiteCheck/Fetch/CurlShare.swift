internal import CCurl

/// A share handle so that every transfer of a run sees the same cookies (some sites redirect in a
/// loop until a cookie comes back), DNS cache and TLS sessions. Used from the fetch thread only,
/// so it needs no lock callbacks. Not Sendable.
final class CurlShare {
    let handle: UnsafeMutableRawPointer

    init?() {
        guard CurlGlobal.ready, let share = curl_share_init() else { return nil }
        handle = share
        for data in [CURL_LOCK_DATA_COOKIE, CURL_LOCK_DATA_DNS, CURL_LOCK_DATA_SSL_SESSION] {
            _ = cc_share_setopt_long(share, CURLSHOPT_SHARE, Int(data.rawValue))
        }
    }

    // Easy handles hold a reference to this object, so they are all cleaned up before this runs.
    deinit { curl_share_cleanup(handle) }
}

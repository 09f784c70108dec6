/// When to try again and how long to wait: exponential backoff, or the server's Retry-After
/// (libcurl parses both its seconds and HTTP-date forms), never longer than the cap.
struct RetryPolicy: Sendable {
    var retries: Int
    var baseDelay: Double
    var maxDelay: Double

    init(_ options: FetchOptions) {
        retries = max(0, options.retries)
        baseDelay = options.retryBaseDelay
        maxDelay = options.maxRetryDelay
    }

    /// 408, 429 and 5xx other than 501 (which says the method, not the moment, is wrong).
    static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501)
    }

    static func isRetryable(_ error: FetchError) -> Bool {
        error.kind == .timeout || error.kind == .connection
    }

    /// The wait before retry number `attempt + 1`, in seconds.
    func delay(afterAttempt attempt: Int, retryAfter: Int64?) -> Double {
        if let retryAfter, retryAfter > 0 { return min(Double(retryAfter), maxDelay) }
        let backoff = baseDelay * Double(1 << min(attempt, 16))
        // A little jitter so that many transfers backing off together do not return together.
        return min(backoff * Double.random(in: 1.0...1.25), maxDelay)
    }
}

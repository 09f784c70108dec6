import Foundation

/// The state of one cited URL while the engine works on it: where it is now (after redirects),
/// what has been tried, and what the last response said. Not Sendable; lives on the fetch thread.
final class FetchJob {
    enum Phase { case main, pdfTail }

    let url: String
    /// Where the outcome goes: each batch submitted to a session has its own handler.
    let sink: FetchSession.Sink
    var currentURL: String
    var host: String
    var useHEAD: Bool
    var phase = Phase.main
    /// Retries spent on the current request.
    var attempt = 0
    var requests = 0
    /// Monotonic time before which this job must not start (retry backoff).
    var notBefore: Double = 0
    var hops: [RedirectHop] = []
    /// How often each URL was requested; one revisit is allowed (cookie dances), a third is a loop.
    var visits: [String: Int] = [:]
    var elapsedMicroseconds: Int64 = 0

    var status: Int?
    var headers: [HTTPHeader] = []
    var contentType: String?
    var body = Data()
    var truncated = false
    var tail: Data?
    var error: FetchError?

    init(url: String, host: String, useHEAD: Bool, sink: @escaping FetchSession.Sink) {
        self.url = url
        self.sink = sink
        currentURL = url
        self.host = host
        self.useHEAD = useHEAD
    }

    func outcome() -> FetchOutcome {
        FetchOutcome(
            url: url, finalURL: status == nil ? nil : currentURL, httpStatus: status, redirects: hops,
            headers: headers, contentType: contentType, body: body, bodyTruncated: truncated,
            bodyTail: tail, error: error, elapsedMs: Int(elapsedMicroseconds / 1000),
            requests: requests, method: useHEAD ? "HEAD" : "GET")
    }
}

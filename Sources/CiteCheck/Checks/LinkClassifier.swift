/// Turns a fetch outcome into a link status, claiming no more than the evidence shows.
/// Needs the body (challenge markers), so it runs on each outcome before the body is dropped.
public struct LinkClassifier: Sendable {
    public init() {}

    public func classify(_ outcome: FetchOutcome) -> LinkVerdict {
        if let error = outcome.error { return classify(error) }
        guard let status = outcome.httpStatus, status > 0 else {
            return LinkVerdict(.unverified, "no HTTP response was received")
        }
        let final = outcome.finalURL ?? outcome.url
        if status == 999 {
            return LinkVerdict(.blocked, "answered 999, a bot wall; the page may well exist")
        }
        if let challenge = BotChallengeDetector().detect(outcome) {
            return LinkVerdict(.blocked, "answered \(status) with a \(challenge); the page may well exist")
        }
        switch status {
        case 200..<300:
            return classifySuccess(outcome, final: final)
        case 404, 410:
            return LinkVerdict(.dead, "answered \(status) \(status == 404 ? "Not Found" : "Gone")" + via(outcome))
        case 401, 403, 407, 451:
            return LinkVerdict(.blocked, "answered \(status): access refused to the checker; the page may exist" + via(outcome))
        case 429:
            return LinkVerdict(.rateLimited, "still answered 429 Too Many Requests after \(outcome.requests) requests")
        case 408:
            return LinkVerdict(.timeout, "answered 408 Request Timeout after \(outcome.requests) requests")
        case 500...599:
            return LinkVerdict(.serverError, "answered \(status) after \(outcome.requests) requests")
        case 300..<400:
            return LinkVerdict(.unverified, "answered \(status) without a usable Location")
        case 400..<500:
            return LinkVerdict(.dead, "answered \(status)" + via(outcome))
        default:
            return LinkVerdict(.unverified, "answered an unexpected status \(status)")
        }
    }

    private func classifySuccess(_ outcome: FetchOutcome, final: String) -> LinkVerdict {
        guard !outcome.redirects.isEmpty else { return LinkVerdict(.ok, "answered \(outcome.httpStatus ?? 200)") }
        let judge = RedirectAssessment()
        if judge.leadsHome(from: outcome.url, to: final) {
            return LinkVerdict(.dead, "redirects to the site's home page \(final), so the cited page is gone")
        }
        if judge.isNotFoundPage(final) && !judge.isNotFoundPage(outcome.url) {
            return LinkVerdict(.dead, "redirects to a not-found page \(final)")
        }
        let permanent = outcome.redirects.contains { $0.status == 301 || $0.status == 308 }
        if permanent && !judge.isTrivial(from: outcome.url, to: final) {
            return LinkVerdict(.redirected, "permanently redirects to \(final)", suggestion: final)
        }
        return LinkVerdict(.ok, "answered \(outcome.httpStatus ?? 200) after \(outcome.redirects.count) redirect(s)")
    }

    private func via(_ outcome: FetchOutcome) -> String {
        guard let final = outcome.finalURL, !outcome.redirects.isEmpty else { return "" }
        return " at \(final) after \(outcome.redirects.count) redirect(s)"
    }

    private func classify(_ error: FetchError) -> LinkVerdict {
        switch error.kind {
        case .timeout: return LinkVerdict(.timeout, "timed out: \(error.message)")
        case .dns: return LinkVerdict(.dns, "the host name does not resolve: \(error.message)")
        case .noRoute: return LinkVerdict(.connection, "no route to the host: \(error.message)")
        case .tls: return LinkVerdict(.tls, "TLS failure: \(error.message)")
        case .connection: return LinkVerdict(.connection, "connection failed: \(error.message)")
        case .redirectLoop, .tooManyRedirects:
            // The cookie engine was on, so a cookie dance would have ended; still not proof of death.
            return LinkVerdict(.redirectLoop, "never arrives although cookies were kept: \(error.message); the page may work in a browser")
        case .headerLimit:
            return LinkVerdict(.connection, "has response headers past the header limit (libcurl reads at most 100 KB a header line and 300 KB of headers a response): \(error.message); checking again will not help, as the server sends more than any client reads")
        case .unsupportedScheme: return LinkVerdict(.unverified, "not checked: \(error.message)")
        case .other: return LinkVerdict(.unverified, "could not be checked: \(error.message)")
        }
    }
}

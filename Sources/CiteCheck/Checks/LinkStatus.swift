/// What a cited link's fetch shows, as `links[].status` in the JSON report (docs/fetching.md).
/// A status never claims more than its evidence: a bot challenge is not proof that a page is gone.
public enum LinkStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case ok
    /// A permanent redirect to a different resource (not just a trailing slash or http→https).
    case redirected
    /// 404, 410, other client errors, a redirect to the home page or a generic not-found page.
    case dead
    /// Bot protection or a challenge page: 403/429/503 with challenge markers, 999, "enable JavaScript".
    case blocked
    /// Redirects that never arrive even with cookies kept (a loop, or more hops than allowed): a
    /// warning like `blocked`, since sites that loop for robots often work in a browser.
    case redirectLoop = "redirect-loop"
    /// Still 429 after the retries.
    case rateLimited = "rate-limited"
    case timeout
    /// The host name does not resolve.
    case dns
    /// A certificate or handshake failure.
    case tls
    /// Refused, reset, or closed without an answer.
    case connection
    /// 5xx after the retries.
    case serverError = "server-error"
    /// Offline, or not checked.
    case unverified
    /// Schemes that are not fetched: ftp:, mailto:, file: and others.
    case skipped
}

/// A stage that adds to each audit after its links were fetched and before the history records it
/// (the page evidence stage is one): it may change a link's status, add findings, and stamp pages.
public protocol AuditAnnotator: Sendable {
    /// The session the links are fetched on, before the first link is asked for: a stage that needs
    /// requests of its own (soft-404 probes) adds them there, under the same per-host limits.
    func begin(_ session: FetchSession)
    func annotate(_ audit: inout Audit)
    /// A hash of each read page's title and date, by cited URL, so the history notices changed pages.
    func pageStamps() -> [String: String]
}

extension AuditAnnotator {
    public func begin(_ session: FetchSession) {}
}

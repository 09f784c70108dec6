/// A stage that adds to each audit after its links were fetched and before the history records it
/// (the page evidence stage is one): it may change a link's status, add findings, and stamp pages.
public protocol AuditAnnotator: Sendable {
    /// Before the first link is asked for: the session the links are fetched on (nil offline), where
    /// a stage that needs requests of its own (soft-404 probes) adds them under the same per-host
    /// limits, and every reference of the papers, so that pages can be compared as they arrive.
    func begin(_ session: FetchSession?, references: [Reference])
    func annotate(_ audit: inout Audit)
    /// A hash of each read page's title and date, by cited URL, so the history notices changed pages.
    func pageStamps() -> [String: String]
}

extension AuditAnnotator {
    public func begin(_ session: FetchSession?, references: [Reference]) {}
}

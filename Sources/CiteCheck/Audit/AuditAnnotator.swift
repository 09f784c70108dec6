/// A stage that adds to each audit after its links were fetched and before the history records it
/// (the page evidence stage is one): it may change a link's status, add findings, and stamp pages.
public protocol AuditAnnotator: Sendable {
    func annotate(_ audit: inout Audit)
    /// A hash of each read page's title and date, by cited URL, so the history notices changed pages.
    func pageStamps() -> [String: String]
}

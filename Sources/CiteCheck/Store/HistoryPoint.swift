import Foundation

/// One past check of a link, as the verdict over time needs it: when, and what it found.
public struct HistoryPoint: Hashable, Sendable {
    public var checkedAt: Date
    /// The `links[].status` raw string ("ok", "dead", "blocked", …).
    public var status: String

    public init(checkedAt: Date, status: String) {
        self.checkedAt = checkedAt
        self.status = status
    }
}

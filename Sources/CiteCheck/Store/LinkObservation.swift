import Foundation

/// What one audit learned about one link: the row the store keeps per link check.
public struct LinkObservation: Hashable, Sendable {
    public var url: String
    /// The `links[].status` raw string.
    public var status: String
    public var httpStatus: Int?
    public var finalURL: String?
    /// `PageStamp.hash(title:date:)` of the page, when it said anything about itself.
    public var pageHash: String?
    /// When the check ran; for a reused result, when the reused check ran.
    public var checkedAt: Date
    /// True when `--max-age` let this audit keep an earlier result instead of fetching.
    public var reused: Bool

    public init(url: String, status: String, httpStatus: Int? = nil, finalURL: String? = nil,
                pageHash: String? = nil, checkedAt: Date, reused: Bool = false) {
        self.url = url
        self.status = status
        self.httpStatus = httpStatus
        self.finalURL = finalURL
        self.pageHash = pageHash
        self.checkedAt = checkedAt
        self.reused = reused
    }

    public var point: HistoryPoint { HistoryPoint(checkedAt: checkedAt, status: status) }
}

import Foundation

/// One audit of one paper, as handed to the store: every link it checked (or reused).
public struct AuditInput: Hashable, Sendable {
    /// The paper's identity (`PaperKey.identity`): audits of the same paper are compared for `changes`.
    public var paperPath: String
    /// Names the paper had in stores before v3 (its absolute path): their audits are re-keyed to
    /// `paperPath` the first time the paper is recorded under it, so no history is lost.
    public var formerPaths: [String]
    /// `--run-id` and `--shard`: a worker started again records over its own earlier audit.
    public var runID: String?
    public var shard: Shard?
    /// `HistoryStore.paperHash(of:)` of the paper's bytes.
    public var paperHash: String?
    /// The audit clock's time.
    public var startedAt: Date
    public var observations: [LinkObservation]

    public init(paperPath: String, paperHash: String?, startedAt: Date, observations: [LinkObservation],
                formerPaths: [String] = [], runID: String? = nil, shard: Shard? = nil) {
        self.runID = runID
        self.shard = shard
        self.paperPath = paperPath
        self.formerPaths = formerPaths
        self.paperHash = paperHash
        self.startedAt = startedAt
        self.observations = observations
    }
}

/// What the store adds to an audit once it is recorded.
public struct AuditHistory: Hashable, Sendable {
    public var auditID: Int64
    /// `links[].history` by URL.
    public var histories: [String: LinkHistory]
    /// `changes`: against the previous audit of the same paper (empty for the first).
    public var changes: [LinkChange]
    /// When the previous audit of the paper ran, if there was one.
    public var previousAudit: Date?

    public init(auditID: Int64, histories: [String: LinkHistory], changes: [LinkChange], previousAudit: Date?) {
        self.auditID = auditID
        self.histories = histories
        self.changes = changes
        self.previousAudit = previousAudit
    }
}

/// One line of `citecheck history`: a check of a link within an audit of a paper.
public struct TimelineEntry: Hashable, Sendable, Codable {
    public var paper: String
    public var url: String
    public var checkedAt: Date
    public var status: String
    public var httpStatus: Int?
    public var finalUrl: String?
    public var reused: Bool
    public var history: LinkHistory

    public init(paper: String, url: String, checkedAt: Date, status: String, httpStatus: Int?,
                finalUrl: String?, reused: Bool, history: LinkHistory) {
        self.paper = paper
        self.url = url
        self.checkedAt = checkedAt
        self.status = status
        self.httpStatus = httpStatus
        self.finalUrl = finalUrl
        self.reused = reused
        self.history = history
    }

    enum CodingKeys: String, CodingKey { case paper, url, checkedAt, status, httpStatus, finalUrl, reused, history }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(paper, forKey: .paper)
        try c.encode(url, forKey: .url)
        try c.encode(AuditClock.iso(checkedAt), forKey: .checkedAt)
        try c.encode(status, forKey: .status)
        try c.encodeNullable(httpStatus, forKey: .httpStatus)
        try c.encodeNullable(finalUrl, forKey: .finalUrl)
        try c.encode(reused, forKey: .reused)
        try c.encode(history, forKey: .history)
    }
}

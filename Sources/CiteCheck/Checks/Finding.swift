/// One problem found in a reference, with its evidence and, where one exists, the concrete fix.
public struct Finding: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case info, warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    }

    /// The finding kinds; raw values are the JSON strings (docs/json.md lists them all).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case deadLink = "dead-link"
        case blocked
        case redirectLoop = "redirect-loop"
        case redirected
        case unverified
        case rateLimited = "rate-limited"
        case timeout
        case dns
        case tls
        case connection
        case serverError = "server-error"
        case dateMismatch = "date-mismatch"
        case accessDate = "access-date"
        case titleMismatch = "title-mismatch"
        case inconsistentCitation = "inconsistent-citation"
        case fragileURL = "fragile-url"
        case doiInvalid = "doi-invalid"
        case doiNotFound = "doi-not-found"
        case doiMismatch = "doi-mismatch"
        case doiSuggested = "doi-suggested"
        case workNotFound = "work-not-found"
        case retractedWork = "retracted-work"
        case expressionOfConcern = "expression-of-concern"
        case correctedWork = "corrected-work"
        case isbnInvalid = "isbn-invalid"
        /// The body cites a work the reference list does not hold (parse stage).
        case missingReference = "missing-reference"
        /// The reference list holds a work the body never cites (parse stage).
        case uncitedReference = "uncited-reference"
        /// A short note or "Ibid." that matches no earlier full note (parse stage).
        case unresolvedShortNote = "unresolved-short-note"
        case contentChanged = "content-changed"
        case contentUnverified = "content-unverified"
        /// The history store could not record the audit (a full disk, a failing store): the
        /// reports are whole, but the next audit will not see this one (`check` exits 2).
        case storeNotWritten = "store-not-written"
        /// The archive lookups were made and reported, but their answers could not be cached in
        /// the history store (a full disk): the next run asks the archive again.
        case archiveCacheNotWritten = "archive-cache-not-written"
    }

    public var kind: Kind
    public var severity: Severity
    /// The id of the reference concerned ("r12"), when there is one.
    public var reference: String?
    public var url: String?
    /// What is wrong, with the evidence: what the note says and what the source says, and where.
    public var message: String
    /// The concrete fix: a corrected date, a final URL, an archived copy, a DOI.
    public var suggestion: String?
    /// Where in the paper: the source of the reference concerned (`FindingLocator`), or null.
    public var source: PaperLocation?

    public init(kind: Kind, severity: Severity, reference: String? = nil, url: String? = nil,
                message: String, suggestion: String? = nil) {
        self.kind = kind
        self.severity = severity
        self.reference = reference
        self.url = url
        self.message = message
        self.suggestion = suggestion
    }

    enum CodingKeys: String, CodingKey { case kind, severity, reference, url, message, suggestion, source }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(severity, forKey: .severity)
        try c.encodeNullable(reference, forKey: .reference)
        try c.encodeNullable(url, forKey: .url)
        try c.encode(message, forKey: .message)
        try c.encodeNullable(suggestion, forKey: .suggestion)
        try c.encodeIfPresent(source, forKey: .source)
    }
}

/// One distinct cited URL in the report (`links[]` in the JSON, docs/fetching.md).
public struct LinkReport: Sendable, Hashable, Codable {
    public var url: String
    /// Ids of the references that cite this URL.
    public var references: [String]
    public var status: LinkStatus
    public var httpStatus: Int?
    public var finalUrl: String?
    /// Each redirect: the status answered and the URL it pointed to.
    public var redirects: [RedirectHop]
    /// Why no usable answer came (libcurl's reason), or null.
    public var error: String?
    /// The limit that ended the transfer, when one did and the status alone does not say so:
    /// `header-limit` (`links[].limit`, docs/json.md). Absent from the JSON otherwise.
    public var limit: String?
    public var contentType: String?
    /// Time spent fetching, or null when the URL was not fetched.
    public var elapsedMs: Int?
    /// The classifier's evidence and fix; they reach the JSON through the findings.
    public var verdict: LinkVerdict
    /// What the fetched page says about itself (`links[].page`, docs/evidence.md), or null when
    /// the page was not read.
    public var page: PageEvidence?
    /// True when `--max-age` kept an earlier result instead of fetching.
    public var reused = false
    /// The verdict over time (null without a history store).
    public var history: LinkHistory?
    /// An archived copy, the suggested replacement for a failing link (null when none was found).
    public var archive: ArchiveSnapshot?
    /// The rule that kept the link from being checked (`--exclude "…"`, `.citecheckignore:3 "…"`),
    /// or null; such a link is `skipped`.
    public var excludedBy: String?
    /// `--drift`: the page against its archived copy from when it was cited (null when not compared).
    public var drift: LinkDrift?
    /// "browser" when headless Chromium reached the verdict (`--browser`); null for libcurl's.
    public var via: String?

    public init(url: String, references: [String], verdict: LinkVerdict, outcome: FetchOutcome?) {
        self.url = url
        self.references = references
        self.verdict = verdict
        status = verdict.status
        httpStatus = outcome?.httpStatus
        finalUrl = outcome?.finalURL
        redirects = outcome?.redirects ?? []
        error = outcome?.error?.message
        limit = outcome?.error.flatMap { $0.kind == .headerLimit ? $0.kind.rawValue : nil }
        contentType = outcome?.contentType
        elapsedMs = outcome?.elapsedMs
    }

    enum CodingKeys: String, CodingKey {
        case url, references, status, httpStatus, finalUrl, redirects, error, limit, contentType, elapsedMs, page,
            reused, history, archive, excludedBy, drift, via
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(references, forKey: .references)
        try c.encode(status, forKey: .status)
        try c.encodeNullable(httpStatus, forKey: .httpStatus)
        try c.encodeNullable(finalUrl, forKey: .finalUrl)
        try c.encode(redirects, forKey: .redirects)
        try c.encodeNullable(error, forKey: .error)
        // Only when set, so that every report without such a link keeps its bytes.
        try c.encodeIfPresent(limit, forKey: .limit)
        try c.encodeNullable(contentType, forKey: .contentType)
        try c.encodeNullable(elapsedMs, forKey: .elapsedMs)
        try c.encodeNullable(page, forKey: .page)
        try c.encode(reused, forKey: .reused)
        try c.encodeNullable(history, forKey: .history)
        try c.encodeNullable(archive, forKey: .archive)
        try c.encodeNullable(excludedBy, forKey: .excludedBy)
        try c.encodeNullable(drift, forKey: .drift)
        try c.encodeNullable(via, forKey: .via)
    }

    /// Reads a saved report back (`citecheck report`). The verdict's own sentence is not in the
    /// JSON (it reaches it through the findings), so a plain one is rebuilt from the fields.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(String.self, forKey: .url)
        references = try c.decode([String].self, forKey: .references)
        status = try c.decode(LinkStatus.self, forKey: .status)
        httpStatus = try c.decodeIfPresent(Int.self, forKey: .httpStatus)
        finalUrl = try c.decodeIfPresent(String.self, forKey: .finalUrl)
        redirects = try c.decodeIfPresent([RedirectHop].self, forKey: .redirects) ?? []
        error = try c.decodeIfPresent(String.self, forKey: .error)
        limit = try c.decodeIfPresent(String.self, forKey: .limit)
        contentType = try c.decodeIfPresent(String.self, forKey: .contentType)
        elapsedMs = try c.decodeIfPresent(Int.self, forKey: .elapsedMs)
        page = try c.decodeIfPresent(PageEvidence.self, forKey: .page)
        reused = try c.decodeIfPresent(Bool.self, forKey: .reused) ?? false
        history = try c.decodeIfPresent(LinkHistory.self, forKey: .history)
        archive = try c.decodeIfPresent(ArchiveSnapshot.self, forKey: .archive)
        drift = try c.decodeIfPresent(LinkDrift.self, forKey: .drift)
        via = try c.decodeIfPresent(String.self, forKey: .via)
        excludedBy = try c.decodeIfPresent(String.self, forKey: .excludedBy)
        var said = httpStatus.map { "answered \($0)" } ?? error ?? excludedBy.map { "was not checked: excluded by \($0)" }
            ?? "was not fetched"
        if let finalUrl, finalUrl != url { said += ", ending at \(finalUrl)" }
        verdict = LinkVerdict(status, said, suggestion: status == .redirected ? finalUrl : nil)
    }
}

/// The one result of `citecheck check`: the parsed paper plus what its links showed.
/// Every report writer renders this value; its JSON is the parse report plus `links`,
/// `findings`, `linkCheck`, `run` and `dois` (docs/json.md). It is Decodable too, so that `citecheck report`
/// re-renders a saved audit without the network; members are synthesized, so a new stored property
/// reaches the JSON and back by itself. Links: docs/fetching.md; DOIs: docs/doi.md.
public struct Audit: Sendable, Codable {
    public var schemaVersion = 1
    public var paper: PaperMetadata
    public var notes: [Note]
    public var references: [Reference]
    public var links: [LinkReport]
    public var findings: [Finding]
    public var linkCheck: LinkCheckRun
    /// When and how the audit ran; the command fills it in.
    public var run = AuditRun()
    /// Every distinct DOI of the paper and its registry status (docs/json.md, `dois`).
    public var dois: [DOIRecord]
    /// What changed since the previous audit of the same paper (empty without a store or for the first).
    public var changes: [LinkChange] = []
    /// `check` sets it: true when the run finished, false for the partial report an interrupted
    /// run (SIGINT, SIGTERM) writes. Absent from `parse` and from audits saved before it existed.
    public var complete: Bool?

    public init(parsed: ParsedPaper, links: [LinkReport], findings: [Finding], linkCheck: LinkCheckRun,
                dois: [DOIRecord] = []) {
        paper = parsed.paper
        notes = parsed.notes
        references = parsed.references
        self.links = links
        // The parse stage's findings (missing and uncited references) come first, as the text reads.
        self.findings = parsed.findings + findings
        self.linkCheck = linkCheck
        self.dois = dois
    }

    /// True when some finding is at error level: `check` then exits 1.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// True when some finding is at `level` or above (`--fail-on`).
    public func hasFindings(atLeast level: Finding.Severity) -> Bool { findings.contains { $0.severity >= level } }
}

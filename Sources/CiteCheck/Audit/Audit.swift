/// The one result of `citecheck check`: the parsed paper plus what its links showed.
/// Every report writer renders this value; its JSON is the parse report plus `links`,
/// `findings`, `linkCheck` (docs/fetching.md) and `dois` (docs/doi.md).
public struct Audit: Sendable, Encodable {
    public var schemaVersion = 1
    public var paper: PaperMetadata
    public var notes: [Note]
    public var references: [Reference]
    public var links: [LinkReport]
    public var findings: [Finding]
    public var linkCheck: LinkCheckRun
    /// Every distinct DOI of the paper and its registry status (docs/json.md, `dois`).
    public var dois: [DOIRecord]

    public init(parsed: ParsedPaper, links: [LinkReport], findings: [Finding], linkCheck: LinkCheckRun,
                dois: [DOIRecord] = []) {
        paper = parsed.paper
        notes = parsed.notes
        references = parsed.references
        self.links = links
        self.findings = findings
        self.linkCheck = linkCheck
        self.dois = dois
    }

    /// True when some finding is at error level: `check` then exits 1.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

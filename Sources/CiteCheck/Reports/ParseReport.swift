/// The JSON document `citecheck parse --format json` writes (schema in docs/schema/).
public struct ParseReport: Sendable, Encodable {
    public var schemaVersion = 1
    public var paper: PaperMetadata
    public var notes: [Note]
    public var references: [Reference]
    /// The same shape as `check`'s findings; only the parse stage's kinds can appear here.
    public var findings: [Finding]

    public init(_ parsed: ParsedPaper) {
        paper = parsed.paper
        notes = parsed.notes
        references = parsed.references
        findings = parsed.findings
    }
}

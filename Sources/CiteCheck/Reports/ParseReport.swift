/// The JSON document `citecheck parse --format json` writes (schema in docs/schema/).
public struct ParseReport: Sendable, Encodable {
    public var schemaVersion = 1
    public var paper: PaperMetadata
    public var notes: [Note]
    public var references: [Reference]

    public init(_ parsed: ParsedPaper) {
        paper = parsed.paper
        notes = parsed.notes
        references = parsed.references
    }
}

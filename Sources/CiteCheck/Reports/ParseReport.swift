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

    /// The report's JSON, the bytes `JSONCoding.encode(self)` gives, handed to `sink` in pieces
    /// as it is encoded: one note or reference at a time is drafted, never the whole report (a
    /// 31 MB paper's report is about six times its size). A newline ends it, as in every report file.
    public func writeJSON(to sink: (UnsafeRawBufferPointer) -> Void) throws {
        // The streamed encode writes the top-level lists (notes, references, findings) an element at a time.
        try ReportJSONEncoder().encode(self, to: sink)
        withUnsafeBytes(of: UInt8(ascii: "\n")) { sink($0) }
    }
}

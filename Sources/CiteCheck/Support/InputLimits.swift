/// The input limits one run applies: `Limits`' defaults, raised by `--max-input` and
/// `--max-entries` (docs/limits.md). Readers take them through `DocumentReader`.
public struct InputLimits: Sendable, Hashable {
    /// Bytes of a text-format paper.
    public var textBytes = Limits.textBytes
    /// Bytes of a Word file or PDF on disk.
    public var containerBytes = Limits.containerBytes
    /// Bytes one part of a Word file may inflate to.
    public var docxPartBytes = Limits.docxPartBytes
    /// Bytes of text pdftotext may give for one PDF.
    public var pdfTextBytes = Limits.pdfTextBytes
    /// Entries of one file: BibTeX entries, CSL-JSON items, RIS records, a paper's notes.
    public var entries = Limits.entriesPerFile
    /// Seconds pdftotext may run on one PDF (`--pdf-timeout`).
    public var pdfSeconds = Limits.pdfTextSeconds

    public init() {}

    /// `--max-input`: text papers up to `bytes`; containers, Word parts and PDF text at least that.
    public mutating func raise(toBytes bytes: Int) {
        textBytes = bytes
        containerBytes = max(Limits.containerBytes, bytes)
        docxPartBytes = max(Limits.docxPartBytes, bytes)
        pdfTextBytes = max(Limits.pdfTextBytes, bytes)
    }
}

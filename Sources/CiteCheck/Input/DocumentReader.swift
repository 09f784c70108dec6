import Foundation

/// Reads a paper in any supported format: checks its size before reading anything, detects the format
/// from the content (unless told), and hands it to the reader for that format.
public struct DocumentReader: Sendable {
    /// Word files and PDFs carry figures, so they may be larger than the text inside them; each part
    /// read out of them is capped separately (`DocxReader.maxPartBytes`, `PDFTextReader.maxTextBytes`).
    public var maxContainerBytes: Int
    /// Text formats (plain text, Markdown, XML, HTML, BibTeX, CSL-JSON, RIS).
    public var maxTextBytes: Int
    public var pdftotext: String?
    /// Bytes a Word part may inflate to and pdftotext may give; entries of one file (`--max-input`, `--max-entries`).
    public var maxDocxPartBytes = Limits.docxPartBytes
    public var maxPDFTextBytes = Limits.pdfTextBytes
    public var maxEntries = Limits.entriesPerFile
    /// Seconds pdftotext may run (`--pdf-timeout`).
    public var pdfTimeout = Limits.pdfTextSeconds

    public init(maxContainerBytes: Int = Limits.containerBytes, maxTextBytes: Int = Limits.textBytes, pdftotext: String? = nil) {
        self.maxContainerBytes = maxContainerBytes
        self.maxTextBytes = maxTextBytes
        self.pdftotext = pdftotext
    }

    /// The readers with a run's input limits (`--max-input`, `--max-entries`).
    public init(limits: InputLimits, pdftotext: String? = nil) {
        self.init(maxContainerBytes: limits.containerBytes, maxTextBytes: limits.textBytes, pdftotext: pdftotext)
        maxDocxPartBytes = limits.docxPartBytes
        maxPDFTextBytes = limits.pdfTextBytes
        maxEntries = limits.entries
        pdfTimeout = limits.pdfSeconds
    }

    public func read(path: String, format: DocumentFormat? = nil) throws -> DocumentContent {
        let size = try Self.checkedSize(path: path, limit: maxContainerBytes)
        let detected = try format ?? DocumentFormat.detect(head: Self.head(path: path), path: path)
        switch detected {
        case .docx:
            return .notes(try DocxReader(maxPartBytes: maxDocxPartBytes).read(path: path))
        case .pdf:
            return .text(try PDFTextReader(executable: pdftotext, maxTextBytes: maxPDFTextBytes, timeout: pdfTimeout).read(path: path))
        default:
            break
        }
        if size > maxTextBytes { throw Limits.tooLarge(size, limit: maxTextBytes, file: path) }
        switch detected {
        case .text, .markdown:
            return .text(try TextFileReader(maxBytes: maxTextBytes).read(path: path))
        case .jats:
            return .notes(try JATSReader().read(bytes: Self.bytes(path: path), path: path))
        case .html:
            return .notes(try HTMLArticleReader().read(bytes: Self.bytes(path: path), path: path))
        case .bibtex:
            return .notes(try BibTeXReader(maxEntries: maxEntries).read(text: decoded(path), path: path))
        case .cslJSON:
            return .notes(try CSLJSONReader(maxEntries: maxEntries).read(bytes: Self.bytes(path: path), path: path))
        case .ris:
            return .notes(try RISReader(maxEntries: maxEntries).read(text: decoded(path), path: path))
        case .docx, .pdf:
            preconditionFailure("handled above")
        }
    }

    private func decoded(_ path: String) throws -> String {
        try TextFileReader(maxBytes: maxTextBytes).read(path: path).text
    }

    /// The file's size, refusing folders, missing files and anything over `limit` before reading a byte.
    static func checkedSize(path: String, limit: Int) throws -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CiteCheckError(.input, file: path, "no such file")
        }
        if isDirectory.boolValue { throw CiteCheckError(.input, file: path, "is a folder, not a paper") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limit { throw Limits.tooLarge(size, limit: limit, file: path) }
        if size == 0 { throw CiteCheckError(.input, file: path, "file is empty") }
        return size
    }

    static func head(path: String, count: Int = 65_536) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CiteCheckError(.input, file: path, "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }

    static func bytes(path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CiteCheckError(.input, file: path, "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        return [UInt8]((try? handle.readToEnd()) ?? Data())
    }
}

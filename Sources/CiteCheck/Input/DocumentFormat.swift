/// The input formats CiteCheck reads. Raw values are the names `--input-format` accepts.
public enum DocumentFormat: String, Hashable, Sendable, CaseIterable {
    case text, markdown, docx, jats, html, bibtex
    case cslJSON = "csl-json"
    case ris, pdf

    /// A format by its CLI name or a common alias ("txt", "md", "bib", "json", "xml").
    public init?(name: String) {
        let key = name.lowercased()
        if let f = DocumentFormat(rawValue: key) { self = f; return }
        switch key {
        case "txt", "plain": self = .text
        case "md": self = .markdown
        case "bib", "biblatex": self = .bibtex
        case "json", "csljson", "csl": self = .cslJSON
        case "xml", "nlm": self = .jats
        case "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// Detects the format from the first bytes of the file; the extension only tells plain text from
    /// Markdown. Throws for formats that are recognisable but not readable (legacy .doc, RTF).
    public static func detect(head: [UInt8], path: String) throws -> DocumentFormat {
        let ext = path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        } ?? ""
        if head.starts(with: Array("%PDF-".utf8)) || head.prefix(1024).range(ofBytes: Array("%PDF-".utf8)) != nil {
            return .pdf
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw CiteCheckError(.input, file: path, "a Word 97-2003 .doc file; save it as .docx and try again")
        }
        let text = String(decoding: stripBOM(head.prefix(16_384)), as: UTF8.self)
        let trimmed = text.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("{\\rtf") {
            throw CiteCheckError(.input, file: path, "an RTF file; save it as .docx and try again")
        }
        if trimmed.hasPrefix("<") {
            let lower = trimmed.prefix(8192).lowercased()
            if lower.contains("<html") || lower.hasPrefix("<!doctype html") { return .html }
            if lower.contains("<article") || lower.contains("jats") || lower.contains("-//nlm//dtd")
                || lower.contains("<ref-list") {
                return .jats
            }
            // A Markdown paper may open with raw HTML; only a page without a text extension is HTML.
            let textExtension = ["txt", "md", "markdown", "text"].contains(ext)
            if !textExtension && (lower.contains("<body") || lower.contains("<p>") || lower.contains("<div")) { return .html }
        }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
            let window = trimmed.prefix(8192)
            if window.contains("\"type\"") || window.contains("\"title\"") || window.contains("\"URL\"") {
                return .cslJSON
            }
        }
        if looksLikeRIS(text) { return .ris }
        if looksLikeBibTeX(text) { return .bibtex }
        if ext == "md" || ext == "markdown" { return .markdown }
        return .text
    }

    private static func stripBOM(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
    }

    /// RIS: the first tagged line is "TY  - ".
    private static func looksLikeRIS(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline).prefix(20) {
            let l = line.drop(while: { $0.isWhitespace })
            if l.isEmpty { continue }
            return l.hasPrefix("TY  -")
        }
        return false
    }

    /// BibTeX: the first line that is not blank or a % comment starts an entry such as "@article{".
    private static func looksLikeBibTeX(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline).prefix(200) {
            let l = line.drop(while: { $0.isWhitespace })
            if l.isEmpty || l.hasPrefix("%") { continue }
            guard l.hasPrefix("@") else { return false }
            let name = l.dropFirst().prefix(while: { $0.isLetter })
            let rest = l.dropFirst(1 + name.count).drop(while: { $0 == " " || $0 == "\t" })
            return !name.isEmpty && (rest.hasPrefix("{") || rest.hasPrefix("("))
        }
        return false
    }
}

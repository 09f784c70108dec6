/// Reads a PDF's document information dictionary (Title, CreationDate, ModDate) and its XMP packet
/// from the bytes fetched (usually the first part of the file plus its tail), with no external tool.
///
/// Limits: an Info dictionary or XMP stream stored inside a Flate-compressed object stream is not
/// read (Foundation on Linux has no zlib inflater we may use), and strings of an encrypted PDF are
/// ignored, since they are ciphertext.
enum PDFMetadataReader {
    struct Found: Hashable, Sendable {
        var title: String?
        var titleSource: String?
        var created: PageDate?
        var modified: PageDate?
        var doi: String?
        var language: String?
    }

    static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(1024).range(ofBytes: Array("%PDF-".utf8)) != nil
    }

    static func read(_ bytes: [UInt8]) -> Found {
        var found = Found()
        let encrypted = bytes.range(ofBytes: Array("/Encrypt".utf8)) != nil
        if !encrypted, let info = infoDictionary(bytes) {
            if let title = info["Title"].flatMap({ string($0, in: bytes) }).flatMap(cleanTitle) {
                found.title = title
                found.titleSource = "PDF Title"
            }
            found.created = info["CreationDate"].flatMap { string($0, in: bytes) }.flatMap { date($0, .pdfCreationDate) }
            found.modified = info["ModDate"].flatMap { string($0, in: bytes) }.flatMap { date($0, .pdfModDate) }
        }
        if let xmp = xmpPacket(bytes) {
            if found.title == nil, let title = xmp.title.flatMap(cleanTitle) {
                found.title = title
                found.titleSource = "XMP dc:title"
            }
            if found.created == nil { found.created = xmp.createDate.flatMap { date($0, .xmpCreateDate) } }
            if found.modified == nil { found.modified = xmp.modifyDate.flatMap { date($0, .xmpModifyDate) } }
            found.doi = xmp.doi.flatMap(DOIText.normalize)
            found.language = xmp.language
        }
        if found.language == nil, let lang = catalogLanguage(bytes) { found.language = lang }
        return found
    }

    private static func date(_ text: String, _ source: DateSource) -> PageDate? {
        guard let parsed = DateTextParser.parse(text) else { return nil }
        return PageDate(date: parsed.date, minuteOfDay: parsed.minuteOfDay, offsetMinutes: parsed.offsetMinutes, source: source)
    }

    /// Producers fill Title with file names and placeholders; those say nothing about the work.
    static func cleanTitle(_ raw: String) -> String? {
        var title = raw.collapsedWhitespace
        for prefix in ["Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "] where title.hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count))
        }
        let lower = title.lowercased()
        let fileSuffixes = [".doc", ".docx", ".pdf", ".indd", ".ppt", ".pptx", ".xls", ".xlsx", ".rtf", ".odt", ".tex", ".dvi"]
        if title.isEmpty || fileSuffixes.contains(where: lower.hasSuffix) || ["untitled", "title", "pdf", "document"].contains(lower) {
            return nil
        }
        return title
    }

    // MARK: the Info dictionary

    /// Follows the trailer's (or cross-reference stream's) last "/Info n g R" to its object;
    /// failing that, takes the last dictionary that holds a /CreationDate or /ModDate.
    private static func infoDictionary(_ bytes: [UInt8]) -> [String: PDFLexer.Value]? {
        var lexer = PDFLexer(bytes)
        let infoKey = Array("/Info".utf8)
        var search = bytes.endIndex
        while let range = bytes[..<search].lastRange(of: infoKey) {
            search = range.lowerBound
            lexer.position = range.upperBound
            if case .reference(let n, let g) = lexer.value(), let start = objectStart(n, g, in: bytes) {
                lexer.position = start
                if let dict = lexer.dictionary() { return dict }
            }
        }
        for key in ["/CreationDate", "/ModDate"] {
            var end = bytes.endIndex
            while let range = bytes[..<end].lastRange(of: Array(key.utf8)) {
                end = range.lowerBound
                // Info dictionaries are flat: the nearest "<<" before the key opens it.
                guard let open = bytes[max(0, range.lowerBound - 4096)..<range.lowerBound].lastRange(of: Array("<<".utf8)) else { continue }
                lexer.position = open.lowerBound
                if let dict = lexer.dictionary(), dict[String(key.dropFirst())] != nil { return dict }
            }
        }
        return nil
    }

    /// Where "n g obj" begins its body.
    private static func objectStart(_ n: Int, _ g: Int, in bytes: [UInt8]) -> Int? {
        let needle = Array("\(n) \(g) obj".utf8)
        var from = bytes.startIndex
        while let range = bytes[from...].range(ofBytes: needle) {
            let before = range.lowerBound == 0 ? UInt8(ascii: "\n") : bytes[range.lowerBound - 1]
            if PDFLexer.isWhitespace(before) || before == UInt8(ascii: ">") { return range.upperBound }
            from = range.upperBound
        }
        return nil
    }

    /// A string value, following one indirect reference if the dictionary points elsewhere.
    private static func string(_ value: PDFLexer.Value, in bytes: [UInt8]) -> String? {
        switch value {
        case .string(let raw): return PDFLexer.text(raw)
        case .reference(let n, let g):
            guard let start = objectStart(n, g, in: bytes) else { return nil }
            var lexer = PDFLexer(bytes)
            lexer.position = start
            if case .string(let raw) = lexer.value() { return PDFLexer.text(raw) }
            return nil
        default: return nil
        }
    }

    private static func catalogLanguage(_ bytes: [UInt8]) -> String? {
        guard let range = bytes.range(ofBytes: Array("/Lang".utf8)) else { return nil }
        var lexer = PDFLexer(bytes)
        lexer.position = range.upperBound
        if case .string(let raw) = lexer.value(), let text = PDFLexer.text(raw), !text.isEmpty { return text }
        return nil
    }

    // MARK: XMP

    /// The document's XMP packet: of all packets found, the first that gives a creation date or title
    /// (image packets usually give neither).
    private static func xmpPacket(_ bytes: [UInt8]) -> XMPScan? {
        let open = Array("<x:xmpmeta".utf8)
        let close = Array("</x:xmpmeta>".utf8)
        var from = bytes.startIndex
        var fallback: XMPScan?
        var count = 0
        while count < 8, let start = bytes[from...].range(ofBytes: open),
              let end = bytes[start.upperBound...].range(ofBytes: close) {
            count += 1
            from = end.upperBound
            guard let scan = XMPScanner.scan(bytes[start.lowerBound..<end.upperBound]) else { continue }
            if scan.createDate != nil || scan.title != nil { return scan }
            if fallback == nil { fallback = scan }
        }
        return fallback
    }
}

/// Reads a PDF's document information dictionary (Title, CreationDate, ModDate) and its XMP packet
/// from the bytes fetched (usually the first part of the file plus its tail), with no external tool.
///
/// PDF 1.5 files often keep the Info dictionary inside a compressed object stream and the XMP
/// packet in a compressed stream: both are read when they lie wholly inside the fetched bytes
/// (`PDFStreams`). Strings of an encrypted PDF are ignored, since they are ciphertext.
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
        let objects = Objects(bytes)
        if !encrypted, let info = infoDictionary(objects) {
            if let title = info["Title"].flatMap({ string($0, in: objects) }).flatMap(cleanTitle) {
                found.title = title
                found.titleSource = "PDF Title"
            }
            found.created = info["CreationDate"].flatMap { string($0, in: objects) }.flatMap { date($0, .pdfCreationDate) }
            found.modified = info["ModDate"].flatMap { string($0, in: objects) }.flatMap { date($0, .pdfModDate) }
        }
        if let xmp = xmpPacket(bytes) ?? PDFStreams.streams(ofType: "Metadata", in: bytes).lazy.compactMap({ xmpPacket($0.data) }).first {
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

    /// The file's bytes, and the objects its object streams hold (inflated only when first asked for).
    private final class Objects {
        let bytes: [UInt8]
        private(set) lazy var compressed: [Int: [UInt8]] = PDFStreams.compressedObjects(in: bytes)

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        /// A lexer at the start of object `n`'s value: in the file itself, else in an object stream
        /// (whose objects all have generation 0).
        func lexer(at n: Int, _ g: Int) -> PDFLexer? {
            if let start = PDFMetadataReader.objectStart(n, g, in: bytes) {
                var lexer = PDFLexer(bytes)
                lexer.position = start
                return lexer
            }
            guard g == 0, let object = compressed[n] else { return nil }
            return PDFLexer(object)
        }
    }

    /// Follows the trailer's (or cross-reference stream's) last "/Info n g R" to its object;
    /// failing that, takes the last dictionary that holds a /CreationDate or /ModDate.
    private static func infoDictionary(_ objects: Objects) -> [String: PDFLexer.Value]? {
        let bytes = objects.bytes
        var lexer = PDFLexer(bytes)
        let infoKey = Array("/Info".utf8)
        var search = bytes.endIndex
        while let range = bytes[..<search].lastRange(ofBytes: infoKey) {
            search = range.lowerBound
            lexer.position = range.upperBound
            if case .reference(let n, let g) = lexer.value(), var target = objects.lexer(at: n, g),
               let dict = target.dictionary() {
                return dict
            }
        }
        for key in ["/CreationDate", "/ModDate"] {
            var end = bytes.endIndex
            while let range = bytes[..<end].lastRange(ofBytes: Array(key.utf8)) {
                end = range.lowerBound
                // Info dictionaries are flat: the nearest "<<" before the key opens it.
                guard let open = bytes[max(0, range.lowerBound - 4096)..<range.lowerBound].lastRange(ofBytes: Array("<<".utf8)) else { continue }
                lexer.position = open.lowerBound
                if let dict = lexer.dictionary(), dict[String(key.dropFirst())] != nil { return dict }
            }
        }
        // The same inside object streams, the highest object number (the newest) first.
        for (_, object) in objects.compressed.sorted(by: { $0.key > $1.key })
        where object.range(ofBytes: Array("/CreationDate".utf8)) != nil || object.range(ofBytes: Array("/ModDate".utf8)) != nil {
            var inner = PDFLexer(object)
            if let dict = inner.dictionary() { return dict }
        }
        return nil
    }

    /// Where "n g obj" begins its body.
    fileprivate static func objectStart(_ n: Int, _ g: Int, in bytes: [UInt8]) -> Int? {
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
    private static func string(_ value: PDFLexer.Value, in objects: Objects) -> String? {
        switch value {
        case .string(let raw): return PDFLexer.text(raw)
        case .reference(let n, let g):
            guard var lexer = objects.lexer(at: n, g), case .string(let raw) = lexer.value() else { return nil }
            return PDFLexer.text(raw)
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

/// Reads RIS (EndNote, Zotero, Web of Science exports): "TY  - " starts a record, "ER  - " ends it.
/// Y2 is the access date as Zotero and EndNote write it; UR/L2/LK are links.
public struct RISReader: Sendable {
    /// `--max-entries`.
    public var maxEntries: Int

    public init(maxEntries: Int = Limits.entriesPerFile) {
        self.maxEntries = maxEntries
    }

    public func read(text: String, path: String) throws -> SourceDocument {
        var notes: [SourceNote] = []
        var record: [(tag: String, value: String)] = []
        var inRecord = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.hasPrefix("\u{FEFF}") ? rawLine.dropFirst() : rawLine[...]
            guard let (tag, value) = Self.tagged(line) else {
                // A continuation line belongs to the previous field (long abstracts, wrapped titles).
                if inRecord, !record.isEmpty, !line.strippingWhitespace.isEmpty {
                    record[record.count - 1].value += " " + line.strippingWhitespace
                }
                continue
            }
            if tag == "TY" {
                try Limits.checkEntries(notes.count + 1, "RIS records or more", file: path, limit: maxEntries)
                record = [(tag, value)]
                inRecord = true
            } else if tag == "ER" {
                if inRecord, let note = note(record, number: notes.count + 1) { notes.append(note) }
                record = []
                inRecord = false
            } else if inRecord {
                record.append((tag, value))
            }
        }
        if inRecord, let note = note(record, number: notes.count + 1) { notes.append(note) }
        if notes.isEmpty { throw CiteCheckError(.input, file: path, "RIS file without records (no \"TY  - \" lines)") }
        return SourceDocument(path: path, format: .ris, notes: notes)
    }

    /// "AU  - Smith, J." → ("AU", "Smith, J."); RIS allows one or two spaces before the dash.
    static func tagged(_ line: Substring) -> (String, String)? {
        let chars = Array(line.prefix(6))
        guard chars.count >= 5, chars[0].isUppercase || chars[0].isNumber, chars[1].isUppercase || chars[1].isNumber,
              chars[2] == " " else { return nil }
        let dash = chars[3] == "-" ? 3 : (chars[3] == " " && chars[4] == "-" ? 4 : nil)
        guard let dash else { return nil }
        let value = line.dropFirst(dash + 1).strippingWhitespace
        return (String(chars[0...1]), value)
    }

    func note(_ record: [(tag: String, value: String)], number: Int) -> SourceNote? {
        func all(_ tags: String...) -> [String] { record.filter { tags.contains($0.tag) && !$0.value.isEmpty }.map(\.value) }
        func first(_ tags: String...) -> String? {
            for tag in tags { if let v = record.first(where: { $0.tag == tag && !$0.value.isEmpty })?.value { return v } }
            return nil
        }
        var t = TaggedFields()
        t.title = first("TI", "T1", "CT")
        t.container = first("T2", "JO", "JF", "JA", "BT", "J2", "PB")
        t.authors = all("AU", "A1").compactMap(TaggedValue.person(inverted:))
        t.date = first("DA", "PY", "Y1").flatMap(TaggedValue.date)
        t.accessed = first("Y2").flatMap(TaggedValue.date)
        t.doi = first("DO").flatMap(TaggedValue.doi)
        t.urls = all("UR", "L2", "LK").flatMap { $0.split(whereSeparator: { $0 == ";" || $0.isWhitespace }).map(String.init) }
            .filter(TaggedValue.isWebLink)
        t.volume = first("VL")
        t.issue = first("IS")
        if let sp = first("SP") {
            t.pages = first("EP").map { "\(sp)-\($0)" } ?? sp
        }
        if t.title == nil && t.urls.isEmpty && t.doi == nil { return nil }
        let label = first("ID") ?? String(number)
        return SourceNote(label: label, text: BibTeXReader.render(t, note: nil), links: t.urls, tagged: t)
    }
}

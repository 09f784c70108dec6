import Foundation

/// Reads CSL-JSON, the citation format of Zotero, Mendeley and Pandoc: an array of items (or one item,
/// or `{"items": […]}`) with title, container-title, author, issued, accessed, DOI and URL.
public struct CSLJSONReader: Sendable {
    /// `--max-entries`.
    public var maxEntries: Int

    public init(maxEntries: Int = Limits.entriesPerFile) {
        self.maxEntries = maxEntries
    }

    public func read(bytes: [UInt8], path: String) throws -> SourceDocument {
        // Counted before JSONSerialization, whose objects cost some 50 times the file's bytes:
        // refusing 300,000 items after parsing them still peaked at 1 GB.
        try Limits.checkEntries(Self.itemCount(bytes), "CSL-JSON items", file: path, limit: maxEntries)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw CiteCheckError(.input, file: path, "not valid JSON (\(Self.reason(error)))")
        }
        let items: [[String: Any]]
        if let array = json as? [Any] {
            items = array.compactMap { $0 as? [String: Any] }
        } else if let object = json as? [String: Any] {
            items = (object["items"] as? [Any])?.compactMap { $0 as? [String: Any] } ?? [object]
        } else {
            items = []
        }
        try Limits.checkEntries(items.count, "CSL-JSON items", file: path, limit: maxEntries)
        let notes = items.enumerated().compactMap { note($0.element, number: $0.offset + 1) }
        if notes.isEmpty {
            throw CiteCheckError(.input, file: path, "JSON but not CSL-JSON: no items with a title, URL or DOI")
        }
        return SourceDocument(path: path, format: .cslJSON, notes: notes)
    }

    /// The objects directly inside the root array (or inside the array of a root object, as in
    /// `{"items": […]}`), counted in one pass over the bytes with strings skipped.
    static func itemCount(_ bytes: [UInt8]) -> Int {
        var depth = 0, count = 0, target = 1
        var inString = false, escaped = false, sawRoot = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if !sawRoot {
                    sawRoot = true
                    target = b == UInt8(ascii: "[") ? 1 : 2
                } else if b == UInt8(ascii: "{"), depth == target {
                    count += 1
                }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth = max(0, depth - 1)
            default: break
            }
        }
        return count
    }

    func note(_ item: [String: Any], number: Int) -> SourceNote? {
        var t = TaggedFields()
        t.title = string(item["title"])
        t.container = string(item["container-title"]) ?? string(item["publisher"])
        t.authors = ((item["author"] as? [Any]) ?? (item["editor"] as? [Any]) ?? []).compactMap { person in
            guard let p = person as? [String: Any] else { return nil }
            return TaggedValue.person(family: string(p["family"]), given: string(p["given"]), literal: string(p["literal"]))
        }
        t.date = date(item["issued"])
        t.accessed = date(item["accessed"])
        t.doi = string(item["DOI"]).flatMap(TaggedValue.doi)
        t.urls = string(item["URL"]).map { [$0] }?.filter(TaggedValue.isWebLink) ?? []
        t.volume = string(item["volume"])
        t.issue = string(item["issue"])
        t.number = string(item["number"])
        t.pages = string(item["page"])?.replacingOccurrences(of: "--", with: "-")
        if t.title == nil && t.urls.isEmpty && t.doi == nil { return nil }
        let label = string(item["citation-label"]) ?? string(item["id"]) ?? String(number)
        return SourceNote(label: label, text: BibTeXReader.render(t, note: string(item["note"])), links: t.urls, tagged: t)
    }

    private func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.collapsingWhitespace.nilIfEmpty
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    /// `{"date-parts": [[2024, 3, 21]]}`, `{"raw": "2024-03-21"}`, `{"literal": …}` or a bare string.
    private func date(_ value: Any?) -> PartialDate? {
        if let s = value as? String { return TaggedValue.date(s) }
        guard let d = value as? [String: Any] else { return nil }
        if let parts = (d["date-parts"] as? [Any])?.first as? [Any] {
            let numbers = parts.compactMap { p -> Int? in
                if let n = p as? NSNumber { return n.intValue }
                return (p as? String).flatMap { Int($0) }
            }
            if let year = numbers.first {
                let month = numbers.count > 1 ? numbers[1] : nil
                let day = numbers.count > 2 ? numbers[2] : nil
                if let date = PartialDate(year: year, month: month, day: day) { return date }
            }
        }
        return (string(d["raw"]) ?? string(d["literal"])).flatMap(TaggedValue.date)
    }

    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "unreadable"
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}

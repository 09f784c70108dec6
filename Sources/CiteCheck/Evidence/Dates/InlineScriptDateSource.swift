/// Dates in inline scripts: application state (`window.__INITIAL_STATE__`), data layers and
/// preloads that single-page sites render from, where the key says what the date is
/// ("datePublished", "publishedAt", "pubdate", "post_date"). Keys that date users, comments or
/// the site ("createdAt") are not read.
struct InlineScriptDateSource: PageDateSource {
    static let publishedKeys = [
        "datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "pubdate", "pubDate",
        "post_date", "firstPublishedAt", "first_published_at", "date_published", "publicationDate",
    ]
    static let modifiedKeys = ["dateModified", "updatedAt", "updated_at", "modifiedAt", "lastModified", "date_modified"]

    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        for script in page.scan.inlineScripts {
            if found.published.isEmpty, let value = Self.firstValue(of: Self.publishedKeys, in: script) {
                found.add(value, .inlineScript)
            }
            if found.modified.isEmpty, let value = Self.firstValue(of: Self.modifiedKeys, in: script) {
                found.add(value, .inlineScriptModified)
            }
        }
        return found
    }

    /// The string value of the first key that occurs as a quoted key (`"key": "value"`,
    /// `'key': 'value'`, `\"key\":\"value\"` inside a JSON string) whose value parses as a date.
    static func firstValue(of keys: [String], in script: String) -> String? {
        let bytes = Array(script.utf8)
        var best: (position: Int, value: String)?
        for key in keys {
            let needle = Array(key.utf8)
            var from = 0
            while from < bytes.count, let at = bytes[from...].range(ofBytes: needle)?.lowerBound {
                from = at + needle.count
                guard at > 0, bytes[at - 1] == UInt8(ascii: "\"") || bytes[at - 1] == UInt8(ascii: "'") else { continue }
                var i = from
                func skip(_ set: String) { while i < bytes.count, set.utf8.contains(bytes[i]) { i += 1 } }
                skip("\"'\\")
                skip(" \t")
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: "=") else { continue }
                i += 1
                skip(" \t\\")
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { continue }
                i += 1
                let start = i
                while i < bytes.count, i - start < 48, bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "'") && bytes[i] != UInt8(ascii: "\\") { i += 1 }
                guard let value = String(bytes: bytes[start..<i], encoding: .utf8), DateTextParser.parse(value) != nil else { continue }
                if best == nil || at < best!.position { best = (at, value) }
                break
            }
        }
        return best?.value
    }
}

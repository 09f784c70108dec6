/// One `<meta name="citation_reference" content="…">`, the Highwire Press / Google Scholar form that
/// Springer Nature, PLOS, Distill, OJS and most journal platforms write, one tag per cited work:
/// `citation_journal_title=Nature; citation_title=…; citation_author=Smith, J.; citation_volume=12;
/// citation_publication_date=2019; citation_pages=1-10; citation_doi=10.1038/…; citation_id=CR1`.
/// Pairs are separated by ";" (with or without a space); a title may itself hold ";", so only a ";"
/// followed by another `citation_…=` key ends a value.
struct CitationReferenceTag: Sendable {
    var pairs: [(key: String, value: String)]

    init(_ content: String) {
        var pairs: [(String, String)] = []
        let chars = Array(content)
        var starts: [(key: Range<Int>, value: Int)] = []
        var i = 0
        // A key starts the content or follows ";" and white space: `citation_` letters/underscores `=`.
        while i < chars.count {
            var j = i
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            if let (keyEnd, valueStart) = Self.key(in: chars, at: j) {
                starts.append((j..<keyEnd, valueStart))
                i = valueStart
            }
            guard let semicolon = chars[i...].firstIndex(of: ";") else { break }
            i = semicolon + 1
        }
        for (n, start) in starts.enumerated() {
            var end = n + 1 < starts.count ? starts[n + 1].key.lowerBound : chars.count
            // Back over the white space and the ";" that ended the value.
            while end > start.value, chars[end - 1].isWhitespace { end -= 1 }
            if end > start.value, chars[end - 1] == ";" { end -= 1 }
            let key = String(chars[start.key]).lowercased()
            let value = String(chars[start.value..<max(end, start.value)]).collapsingWhitespace
            if !value.isEmpty { pairs.append((key, value)) }
        }
        self.pairs = pairs
    }

    /// `citation_xyz=` at `i`: the end of the key and the start of its value.
    private static func key(in chars: [Character], at i: Int) -> (Int, Int)? {
        let prefix = Array("citation_")
        guard i + prefix.count < chars.count,
              zip(chars[i..<(i + prefix.count)], prefix).allSatisfy({ $0.lowercased() == String($1) }) else { return nil }
        var j = i + prefix.count
        while j < chars.count, chars[j].isLetter || chars[j] == "_" { j += 1 }
        guard j > i + prefix.count, j < chars.count, chars[j] == "=" else { return nil }
        return (j, j + 1)
    }

    func values(_ key: String) -> [String] { pairs.filter { $0.key == key }.map(\.value) }
    func first(_ keys: String...) -> String? { keys.lazy.compactMap { self.values($0).first }.first }

    /// The work as tagged fields, or nil when the tag names neither a title nor a DOI nor a URL.
    var fields: TaggedFields? {
        var t = TaggedFields()
        let book = first("citation_book_title", "citation_inbook_title")
        t.title = first("citation_title", "citation_article_title", "citation_chapter_title") ?? book
        t.container = first("citation_journal_title", "citation_conference_title", "citation_conference",
                            "citation_series_title", "citation_journal_abbrev")
            ?? (t.title == book ? nil : book)
            ?? first("citation_technical_report_institution", "citation_dissertation_institution", "citation_publisher")
        t.authors = (values("citation_author") + values("citation_editor")).compactMap(TaggedValue.person(inverted:))
        t.date = first("citation_publication_date", "citation_date", "citation_year", "citation_online_date",
                       "citation_cover_date").flatMap(TaggedValue.date)
        t.doi = first("citation_doi").flatMap(TaggedValue.doi)
        t.urls = (values("citation_url") + values("citation_fulltext_html_url") + values("citation_abstract_html_url"))
            .filter(TaggedValue.isWebLink)
        t.volume = first("citation_volume")
        t.issue = first("citation_issue")
        if let pages = first("citation_pages") {
            t.pages = pages
        } else if let firstPage = first("citation_firstpage", "citation_first_page") {
            t.pages = first("citation_lastpage", "citation_last_page").map { "\(firstPage)–\($0)" } ?? firstPage
        }
        t.number = first("citation_technical_report_number", "citation_isbn")
        guard t.title != nil || t.doi != nil || !t.urls.isEmpty else { return nil }
        return t
    }

    /// The work as a note's text would cite it, for a page whose reference list cannot be matched to
    /// its tags: "A. Smith, B. Jones. Title. Journal 12(3), 1–10 (2019). doi:10.…".
    static func text(of t: TaggedFields) -> String {
        var parts: [String] = []
        if !t.authors.isEmpty { parts.append(t.authors.joined(separator: ", ")) }
        if let title = t.title { parts.append(title) }
        var host = t.container ?? ""
        if let volume = t.volume { host += (host.isEmpty ? "" : " ") + volume }
        if let issue = t.issue { host += "(\(issue))" }
        if let pages = t.pages { host += (host.isEmpty ? "" : ", ") + pages }
        if let year = t.date?.year { host += (host.isEmpty ? "" : " ") + "(\(year))" }
        if !host.isEmpty { parts.append(host) }
        if let doi = t.doi { parts.append("doi:\(doi)") }
        parts += t.urls
        return parts.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }
}

/// Reads what a paper's header says about the paper itself: title, authors, DOI, received and
/// first-published dates (题目：, 作者：, DOI：, 收稿日期：, 网络首发日期：, Received:, Published online:).
public struct PaperMetadataExtractor: Sendable {
    public init() {}

    public func extract(from text: String) -> PaperMetadata {
        var meta = PaperMetadata()
        var lineCount = 0
        // The paper's own title, authors and DOI come from its front matter only: a reference list's
        // first DOI is not the paper's (an IEEE list under "References" on page one).
        var frontMatter = true
        // Lines split on scalars, not characters: splitting a 2 MB paper by grapheme clusters cost
        // as much as parsing a tenth of its references.
        for scalarLine in text.unicodeScalars.split(whereSeparator: Self.isNewline) {
            let rawLine = Substring(scalarLine)
            lineCount += 1
            if frontMatter, lineCount < 120, Self.endsFrontMatter(rawLine) { frontMatter = false }
            // Past the header only the two date lines matter; skip the costly folding elsewhere.
            if lineCount >= 120 {
                let raw = String(rawLine)
                if !(raw.has("日期") || raw.has("eceived") || raw.has("ublished")) { continue }
            }
            let line = String(scalars: scalarLine.map(CitationText.fold)).replacingBytes("**", with: "")
                .trimmingWhitespace()
            if line.isEmpty { continue }
            if meta.title == nil, frontMatter, lineCount < 80 {
                if let v = value(line, labels: ["题目", "标题", "篇名", "Title"]) { meta.title = v }
                else if line.hasPrefix("# ") { meta.title = String(line.dropFirst(2)).trimmingWhitespace() }
            }
            if meta.authors.isEmpty, frontMatter, lineCount < 80, let v = value(line, labels: ["作者", "Authors", "Author"]) {
                meta.authors = v.split(whereSeparator: { ",，、;；".contains($0) })
                    .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            if meta.doi == nil, frontMatter, lineCount < 120, line.has("DOI") || line.has("doi"), let m = Pattern.doiLine.firstMatch(in: line) {
                meta.doi = URLExtractor.trimTail(String(m[1]!))
            }
            if meta.received == nil, line.has("收稿") || line.has("eceived"), let m = Pattern.receivedLine.firstMatch(in: line) {
                meta.received = CitationDate.any(in: String(m[1]!))?.date
            }
            if meta.published == nil, line.has("日期") || line.has("ublished"),
               let m = Pattern.publishedLine.firstMatch(in: line) {
                meta.published = CitationDate.any(in: String(m[1]!))?.date
            }
        }
        return meta
    }

    /// A references heading, or a note or reference line ("[1] …", "① …", "[^1]: …"): what follows
    /// cites other works.
    static func endsFrontMatter(_ line: Substring) -> Bool {
        if FootnoteSegmenter.isReferencesHeading(line) || ReferenceListFinder.isHeading(line, in: ReferenceListFinder.headings) { return true }
        if case .note = NoteLine.classify(line, numbered: FootnoteSegmenter.isBracketItem(line)) { return true }
        return false
    }

    /// What `Character.isNewline` is for one scalar: U+000A to U+000D, NEL, LS and PS.
    static func isNewline(_ c: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(c.value) || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029
    }

    /// The value of a "label: value" line.
    private func value(_ line: String, labels: [String]) -> String? {
        for label in labels where line.hasPrefix(label) {
            let rest = line.dropFirst(label.count).drop(while: { $0 == " " })
            guard rest.first == ":" || rest.first == "：" else { continue }
            let v = rest.dropFirst().trimmingCharacters(in: " ")
            return v.isEmpty ? nil : v
        }
        return nil
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let doiLine = TextPattern(#"(?i)\bDOI\s*[:：]\s*(10\.\d{4,9}/\S+)"#)
    static let receivedLine = TextPattern(#"(?i)(?:收稿日期|Received(?: date)?)\s*[:：]?\s*(.+)"#)
    static let publishedLine = TextPattern(#"(?i)(?:网络首发日期|出版日期|发表日期|刊出日期|Published online|First published|Published)\s*[:：]?\s*(.+)"#)
}

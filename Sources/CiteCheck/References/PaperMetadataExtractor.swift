/// Reads what a paper's header says about the paper itself: title, authors, DOI, received and
/// first-published dates (题目：, 作者：, DOI：, 收稿日期：, 网络首发日期：, Received:, Published online:).
public struct PaperMetadataExtractor: Sendable {
    public init() {}

    public func extract(from text: String) -> PaperMetadata {
        var meta = PaperMetadata()
        var lineCount = 0
        for rawLine in text.split(whereSeparator: \.isNewline) {
            lineCount += 1
            let line = String(rawLine.map(CitationText.fold)).replacingOccurrences(of: "**", with: "")
                .trimmingWhitespace()
            if line.isEmpty { continue }
            if meta.title == nil, lineCount < 80 {
                if let v = value(line, labels: ["题目", "标题", "篇名", "Title"]) { meta.title = v }
                else if line.hasPrefix("# ") { meta.title = String(line.dropFirst(2)).trimmingWhitespace() }
            }
            if meta.authors.isEmpty, lineCount < 80, let v = value(line, labels: ["作者", "Authors", "Author"]) {
                meta.authors = v.split(whereSeparator: { ",，、;；".contains($0) })
                    .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            if meta.doi == nil, lineCount < 120, line.contains("DOI") || line.contains("doi"), let m = line.firstMatch(of: Pattern.doiLine) {
                var doi = Array(String(m.1))
                URLExtractor.trimTail(&doi)
                meta.doi = String(doi)
            }
            if meta.received == nil, line.contains("收稿") || line.contains("eceived"), let m = line.firstMatch(of: Pattern.receivedLine) {
                meta.received = CitationDate.any(in: String(m.1))?.date
            }
            if meta.published == nil, line.contains("日期") || line.contains("ublished"),
               let m = line.firstMatch(of: Pattern.publishedLine) {
                meta.published = CitationDate.any(in: String(m.1))?.date
            }
        }
        return meta
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

/// Compiled once: a regex literal is parsed again each time it is evaluated.
private enum Pattern {
    nonisolated(unsafe) static let doiLine = #/(?i)\bDOI\s*[:：]\s*(10\.\d{4,9}/\S+)/#
    nonisolated(unsafe) static let receivedLine = #/(?i)(?:收稿日期|Received(?: date)?)\s*[:：]?\s*(.+)/#
    nonisolated(unsafe) static let publishedLine = #/(?i)(?:网络首发日期|出版日期|发表日期|刊出日期|Published online|First published|Published)\s*[:：]?\s*(.+)/#
}

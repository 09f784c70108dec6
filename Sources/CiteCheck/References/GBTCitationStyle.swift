/// GB/T 7714-2015: 作者. 题名[J]. 刊名, 2020, 12(3): 45-67. / 作者. 题名[EB/OL]. (2017-07-20)[2025-03-01]. URL.
enum GBTCitationStyle {
    static func parse(_ f: CitationFields, typeTag: Range<Int>, into ref: inout Reference) {
        let head = f.folded(f.start..<typeTag.lowerBound)
        // Authors end at the first full stop: "张三, 李四. 题名".
        if let dot = Pattern.authorStop.firstMatch(in: head) {
            let r = f.offsets(dot.range, in: head, base: f.start)
            ref.authors = AuthorList.parse(f.original(f.start..<r.lowerBound))
            ref.title = (f.original(r.upperBound..<typeTag.lowerBound)).nilIfEmpty
        } else {
            ref.title = (f.original(f.start..<typeTag.lowerBound)).nilIfEmpty
        }
        let tail = f.folded(typeTag.upperBound..<f.work.count)
        if let m = Pattern.parenthesisedDate.firstMatch(in: tail), let d = CitationDate.iso(in: String(m[1]!)) {
            ref.date = d.date
        } else if let d = CitationDate.chinese(in: tail) ?? CitationDate.year(in: tail) {
            ref.date = d.date
        }
        // "刊名, 2020, 12(3): 45-67" — the container is the first component after the tag.
        let components = tail.split(separator: ",").map { $0.trimmingCharacters(in: " .") }
        if let first = components.first, !first.isEmpty, first.first?.isNumber == false, first.first != "(",
           let r = tail.range(of: first) {
            ref.container = (f.original(f.offsets(r, in: tail, base: typeTag.upperBound)).trimmingCharacters(in: " :")).nilIfEmpty
        }
        if let m = Pattern.volumeIssue.firstMatch(in: tail) {
            ref.volume = String(m[1]!)
            ref.issue = String(m[2]!)
        } else if let m = Pattern.yearIssue.firstMatch(in: tail) {
            ref.issue = String(m[1]!)
        }
        if let m = Pattern.pagesAtEnd.firstMatch(in: tail) ?? Pattern.pagesAfterIssue.firstMatch(in: tail) {
            ref.pages = String(m[1]!).filter { $0 != " " }.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        }
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let authorStop = TextPattern(#"[.．。]\s*"#)
    static let parenthesisedDate = TextPattern(#"\((\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)\)"#)
    static let volumeIssue = TextPattern(#",\s*(\d+)\s*\((\d+)\)"#)
    static let yearIssue = TextPattern(#"\d{4}\s*,?\s*\((\d+)\)"#)
    static let pagesAtEnd = TextPattern(#":\s*(\d+(?:\s*[-–—]\s*\d+)?)\s*[.。]?\s*$"#)
    static let pagesAfterIssue = TextPattern(#"\):\s*(\d+(?:\s*[-–—]\s*\d+)?)"#)
}

/// Chinese notes in CNKI style: 责任者《题名》（文号），网站或《刊名》，2024年3月21日 / 2024年第4期，第120-137页.
enum ChineseCitationStyle {
    static func parse(_ f: CitationFields, into ref: inout Reference) {
        guard let title = f.balanced("《", "》", from: f.start) else { return }
        ref.title = (f.original((title.lowerBound + 1)..<(title.upperBound - 1))).nilIfEmpty
        ref.authors = AuthorList.parse(f.original(f.start..<title.lowerBound))
        var rest = title.upperBound

        // A document number in brackets right after the title: （A/RES/78/311）.
        let afterTitle = f.folded(rest..<f.work.count)
        if let m = Pattern.documentNumber.firstMatch(in: afterTitle) {
            ref.number = f.original(f.offsets(m[1]!.startIndex..<m[1]!.endIndex, in: afterTitle, base: rest))
            rest += afterTitle.scalarOffset(m.range.upperBound)
        }

        let tail = f.folded(rest..<f.work.count)
        let date = CitationDate.chinese(in: tail) ?? CitationDate.english(in: tail)
            ?? Pattern.parenthesisedISODate.firstMatch(in: tail).flatMap { CitationDate.iso(in: String($0[1]!)) }
        if let date {
            ref.date = date.date
            ref.issue = date.issue
        }
        if let container = f.balanced("《", "》", from: rest) {
            ref.container = (f.original((container.lowerBound + 1)..<(container.upperBound - 1))).nilIfEmpty
        } else {
            // The first plain component after the title names the website or publisher: 联合国网站.
            let dateStart = date.map { tail.scalarOffset($0.range.lowerBound) } ?? tail.unicodeScalars.count
            let before = tail.unicodeScalars.prefix(dateStart)
            let component = before.split(whereSeparator: { $0 == "," || $0 == "、" })
                .map { String(scalars: $0).trimmingWhitespace() }.first { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }
            if let component, let range = Self.range(of: component, in: f, from: rest) {
                ref.container = (f.original(range)).nilIfEmpty
            }
        }
        if let m = Pattern.chinesePages.firstMatch(in: tail) {
            ref.pages = m[2].map { "\(m[1]!)-\($0)" } ?? String(m[1]!)
        }
    }

    private static func range(of needle: String, in f: CitationFields, from: Int) -> Range<Int>? {
        let hay = f.folded(from..<f.work.count)
        guard let r = hay.byteRange(of: needle) else { return nil }
        return f.offsets(r, in: hay, base: from)
    }
}


/// Compiled once, when first used.
private enum Pattern {
    static let documentNumber = TextPattern(#"^\s*\(([A-Z][A-Za-z0-9]*/[^()]+)\)"#)
    static let parenthesisedISODate = TextPattern(#"\((\d{4}-\d{1,2}(?:-\d{1,2})?)\)"#)
    static let chinesePages = TextPattern(#"第\s*(\d+)\s*(?:[-—–~～]+\s*(\d+)\s*)?页"#)
}

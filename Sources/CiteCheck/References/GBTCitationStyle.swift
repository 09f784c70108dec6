/// GB/T 7714-2015, numeric and author-year systems, every document type:
/// 作者. 题名[J]. 刊名, 2020, 12(3): 45-67. / UNITED NATIONS. Governing AI[R/OL]. (2024-09-19)[2025-03-09]. URL.
/// 作者. 题名[M]. 译者, 译. 2 版. 北京: 出版社, 2006. / 析出题名[M]//编者. 专著题名. 地: 出版者, 2002: 6-13.
/// 作者, 2020. 题名[J]. 刊名, 12(3): 45-67. / 题名[N]. 报纸名, 2015-12-17(2).
/// The type tag may be missing (converters and some processors drop it); the full stops still part
/// the elements.
enum GBTCitationStyle {
    /// Without a type tag: the entry opens with authors written the GB/T way (Chinese names,
    /// upper-case families with bare initials, 等) followed by a full stop.
    static func accepts(_ f: CitationFields) -> Bool {
        let w = f.work
        if CitationSegments.find("//", in: w, from: f.start) != nil, !f.workString.has("“") { return true }
        guard let stop = CitationSegments.stop(w, from: f.start), stop - f.start <= 160 else { return false }
        var head = f.folded(f.start..<stop)
        if let (_, at) = trailingYear(w, before: stop, from: f.start) { head = f.folded(f.start..<at) }
        if head.has("“") || head.has("\"") || head.has("(") { return false }
        // APA, Chicago author-date: "作者. (2020)." / "作者. 2020. “题名”".
        let next = CitationSegments.skipSpace(w, stop + 1)
        if next < w.count, w[next] == "(" || w[next] == "“" || w[next] == "\"" { return false }
        if CitationSegments.year(at: next, in: w) != nil { return false }
        let names = AuthorList.parse(head)
        guard !names.isEmpty else { return false }
        if head.hasSuffix("等") { return true }
        if head.contains(where: LineJoiner.isCJK) {
            // Names of up to four characters, or one corporate author.
            return names.count == 1 ? names[0].count <= 30 : names.allSatisfy { $0.count <= 4 && $0.allSatisfy(LineJoiner.isCJK) }
        }
        // "KOWALSKI A, DE VRIES B A": an upper-case family and bare initials.
        return names.allSatisfy(isUpperCaseName)
    }

    static func isUpperCaseName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard words.count >= 2, let family = words.first, family.count >= 2,
              family.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return false }
        return words.dropFirst().allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isUppercase) }
            || words.allSatisfy { $0.allSatisfy { !$0.isLetter || $0.isUppercase } }
    }

    static func parse(_ f: CitationFields, typeTag: Range<Int>?, into ref: inout Reference) {
        let w = f.work
        let titleLimit = typeTag?.lowerBound ?? w.count
        var titleStart = f.start
        var authorYear: Int?
        // Authors end at the first full stop before the title: "张三, 李四. 题名", "U.S. CONGRESS. …".
        if let stop = CitationSegments.stop(w, from: f.start, limit: titleLimit), typeTag != nil || stop > f.start {
            var authorsEnd = stop
            // Author-year system: "UNITED NATIONS, 2024. Governing …", "张三, 2020a. 题名".
            if let (year, at) = trailingYear(w, before: stop, from: f.start) {
                authorYear = year
                authorsEnd = at
            }
            let authors = f.original(f.start..<authorsEnd)
            if typeTag == nil, authorYear == nil, CitationSegments.find("//", in: w, from: f.start, limit: stop) != nil {
                // A part without authors: "题名//书名".
            } else {
                ref.authors = AuthorList.parse(authors)
                titleStart = CitationSegments.skipSpace(w, stop + 1)
            }
        }
        // The title ends at the type tag, at "//" or at the next full stop.
        let slashes = CitationSegments.find("//", in: w, from: titleStart, limit: titleLimit)
        let titleEnd = slashes ?? typeTag?.lowerBound ?? CitationSegments.stop(w, from: titleStart) ?? w.count
        var title = f.original(titleStart..<titleEnd)
        // "信息与文献 参考文献著录规则: GB/T 7714—2015": the standard's or report's number.
        if let colon = title.lastByteRange(of: ": ") ?? title.lastByteRange(of: "："),
           CitationSegments.looksLikeNumber(String(title[colon.upperBound...])) {
            ref.number = String(title[colon.upperBound...]).trimmingCharacters(in: " ")
            title = String(title[..<colon.lowerBound])
        }
        // Vancouver's medium: "题名 [Internet]".
        for medium in [" [Internet]", " [internet]"] where title.hasSuffix(medium) { title.removeLast(medium.count) }
        // Vancouver's notes on the kind of work: "题名 [博士学位论文]", "题名 [CD]".
        if title.hasSuffix("]"), let open = title.lastByteRange(of: " ["),
           title[open.upperBound...].count <= 12, !title[open.upperBound...].dropLast().contains("[") {
            title = String(title[..<open.lowerBound])
        }
        ref.title = title.trimmingCharacters(in: " ").nilIfEmpty

        var rest = typeTag?.upperBound ?? min(w.count, titleEnd + 1)
        if let slashes {
            rest = parsePart(f, after: slashes + 2, into: &ref)
        } else if typeTag != nil, let s = CitationSegments.find("//", in: w, from: rest, limit: min(w.count, rest + 3)) {
            rest = parsePart(f, after: s + 2, into: &ref)
        }
        parsePublication(f, from: rest, authorYear: authorYear, into: &ref)
    }

    /// "//编者. 专著题名. …" or "//会议论文集. …": the collected work is the container.
    private static func parsePart(_ f: CitationFields, after: Int, into ref: inout Reference) -> Int {
        let w = f.work
        var start = CitationSegments.skipSpace(w, after)
        guard var stop = CitationSegments.stop(w, from: start) else {
            ref.container = f.original(start..<w.count).nilIfEmpty
            return w.count
        }
        let first = f.folded(start..<stop)
        // "//百度百科. (2014-03)": a work of one name followed by its date is no editor.
        let following = CitationSegments.skipSpace(w, stop + 1)
        let dateFollows = following < w.count && (w[following] == "(" || CitationSegments.isDigit(w[following]))
        if looksLikeEditors(first), !dateFollows, let next = CitationSegments.stop(w, from: stop + 1) {
            start = CitationSegments.skipSpace(w, stop + 1)
            stop = next
        }
        var container = f.original(start..<stop)
        if let tag = container.range(of: "[") { container = String(container[..<tag.lowerBound]) }
        ref.container = container.trimmingCharacters(in: " ").nilIfEmpty
        return stop + 1
    }

    /// "KLEIN F, TANAKA K L", "何艳, 刘霞, 胡平 主编", "SMITH J, ed": names, not a book title.
    static func looksLikeEditors(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: " ")
        for mark in ["主编", "编", "ed", "eds", "(ed.)", "(eds.)"] where t.hasSuffix(mark) { return true }
        let names = AuthorList.parse(t)
        if t.contains(where: LineJoiner.isCJK) {
            let parts = t.split(whereSeparator: { "、,，".contains($0) })
            return parts.allSatisfy { (2...4).contains($0.trimmingCharacters(in: " ").count) } && !parts.isEmpty
        }
        return !names.isEmpty && names.allSatisfy(isUpperCaseName)
    }

    /// What follows the title: translators, edition, "地: 出版者, 年: 页", "刊名, 年, 卷(期): 页",
    /// "(发布日期)", "报纸名, 2015-12-17(2)".
    private static func parsePublication(_ f: CitationFields, from: Int, authorYear: Int?, into ref: inout Reference) {
        let w = f.work
        var segments: [Range<Int>] = []
        var i = min(from, w.count)
        while i < w.count {
            let s = CitationSegments.skipSpace(w, i)
            // "Translated by Y. J. Taddeo and G. L. Jones.": an initial's full stop ends nothing.
            let e = CitationSegments.stop(w, from: s, dottedInitials: true) ?? w.count
            if e > s { segments.append(s..<e) }
            i = e + 1
        }
        let tail = f.folded(min(from, w.count)..<w.count)
        var date: PartialDate?
        if let m = Pattern.parenthesisedDate.firstMatch(in: tail) {
            date = CitationDate.iso(in: String(m[1]!))?.date ?? Int(String(m[1]!)).flatMap { PartialDate(year: $0) }
        } else if let d = CitationDate.iso(in: tail) {
            date = d.date
            // A newspaper's page after its date: "2015-12-17(2)".
            let after = tail[d.range.upperBound...]
            if after.hasPrefix("("), let close = after.firstIndex(of: ")") {
                let page = after[after.index(after: after.startIndex)..<close]
                if !page.isEmpty, page.allSatisfy(\.isNumber) { ref.pages = String(page) }
            }
        } else if let d = CitationDate.chinese(in: tail) ?? CitationDate.english(in: tail) {
            date = d.date
        } else if let v = VancouverDate.find(in: Array(tail.unicodeScalars)) {
            date = v.date
        } else if let d = CitationSegments.standaloneYear(in: tail) {
            date = PartialDate(year: d)
        }
        if let authorYear, date?.year != authorYear { date = PartialDate(year: authorYear) }
        ref.date = date

        if ref.container == nil { ref.container = publisher(f, segments) }
        if let m = Pattern.volumeIssue.firstMatch(in: tail) {
            ref.volume = String(m[1]!)
            ref.issue = String(m[2]!)
        } else if let m = Pattern.yearIssue.firstMatch(in: tail) {
            ref.issue = String(m[1]!)
        }
        if ref.pages == nil, let m = Pattern.pagesAtEnd.firstMatch(in: tail) ?? Pattern.pagesAfterIssue.firstMatch(in: tail) {
            ref.pages = String(m[1]!).filter { $0 != " " }.replacingBytes("–", with: "-").replacingBytes("—", with: "-")
        }
    }

    /// The first element after the title that names a publisher, journal or site: "地: 出版者" gives
    /// the publisher; translators, editors, editions, document numbers ("GB/T 7714—2015",
    /// "EUR 30113 EN", "No. 35"), versions and dates are passed over.
    private static func publisher(_ f: CitationFields, _ segments: [Range<Int>]) -> String? {
        var names = false
        for seg in segments {
            let text = f.folded(seg).trimmingCharacters(in: " ")
            if text.isEmpty || isEdition(text) { continue }
            if isTranslators(text) || text.hasPrefix("Edited by") || text.hasPrefix("ed. ") { names = true; continue }
            // Vancouver's editors ("In: 何艳, 刘霞, editors", "徐强, 黄杰, editors") and archive
            // ("Located at: 国家图书馆") name no publisher.
            if ["editors", "editor", "eds", "主编", "编"].contains(where: { text.hasSuffix($0) }) || text.hasPrefix("Located at") { continue }
            if text.hasPrefix("In: ") {
                let book = String(text.dropFirst(4))
                let name = book.split(whereSeparator: { $0 == "[" || $0 == ";" }).first.map { $0.trimmingCharacters(in: " ") } ?? book
                guard !name.isEmpty, let r = text.byteRange(of: name) else { return nil }
                return f.original(f.offsets(r, in: text, base: seg.lowerBound + leadingSpaces(f, seg))).nilIfEmpty
            }
            if let colon = text.byteRange(of: ": "), !text[..<colon.lowerBound].unicodeScalars.contains(where: CitationSegments.isDigit) {
                // "Cambridge, MA: Harvard University, 2004": the publisher follows the place.
                let after = String(text[colon.upperBound...])
                let publisher = after.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "[" }).first.map { $0.trimmingCharacters(in: " ") } ?? after
                if !publisher.isEmpty, CitationSegments.year(at: 0, in: Array(publisher.unicodeScalars)) == nil,
                   let r = text.byteRange(of: publisher, from: colon.upperBound) {
                    return f.original(f.offsets(r, in: text, base: seg.lowerBound + leadingSpaces(f, seg))).nilIfEmpty
                }
                return nil
            }
            let base = seg.lowerBound + leadingSpaces(f, seg)
            let scalars = Array(text.unicodeScalars)
            for r in elements(scalars) {
                var element = String(scalars: scalars[r]).trimmingCharacters(in: " ")
                if element.isEmpty || skippable(element) { continue }
                if names {
                    for and in ["and ", "& "] where element.hasPrefix(and) { element.removeFirst(and.count) }
                    if ContainerFinder.isNameList(element) || ContainerFinder.isCJKNameList(element) { continue }
                }
                guard let found = text.byteRange(of: element) else { return nil }
                return f.original(f.offsets(found, in: text, base: base)).trimmingCharacters(in: " :").nilIfEmpty
            }
            names = false
        }
        return nil
    }

    private static func leadingSpaces(_ f: CitationFields, _ seg: Range<Int>) -> Int {
        var n = 0
        while seg.lowerBound + n < seg.upperBound, f.work[seg.lowerBound + n] == " " { n += 1 }
        return n
    }

    /// Elements of a segment: split at commas (not inside "Sciences, Engineering, and Medicine"),
    /// semicolons and brackets.
    private static func elements(_ w: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = 0
        for i in w.indices where (w[i] == "," && !SeriesComma.isInside(w, at: i)) || w[i] == ";" || w[i] == "[" {
            out.append(s..<i)
            s = i + 1
        }
        out.append(s..<w.count)
        return out
    }

    /// Not a publisher: a date or number, a document number, a version, a note.
    private static func skippable(_ e: String) -> Bool {
        guard let first = e.first else { return true }
        if first.isNumber || first == "(" || first == "]" || CitationSegments.looksLikeNumber(e) || isEdition(e) { return true }
        let lower = e.lowercased()
        if ["no", "no.", "v", "v.", "cd", "dvd", "internet", "online"].contains(lower) { return true }
        for prefix in ["no. ", "v. ", "version ", "patent ", "issued ", "released ", "translated by", "edited by", "report "] where lower.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// ", 2024" or ", 2024a" ending the author element of the author-year system.
    static func trailingYear(_ w: [Unicode.Scalar], before stop: Int, from: Int) -> (Int, Int)? {
        var e = stop
        if e > from, w[e - 1].properties.isLowercase, e - 1 > from, CitationSegments.isDigit(w[e - 2]) { e -= 1 }
        guard e - 4 > from, let year = CitationSegments.year(at: e - 4, in: w) else { return nil }
        var c = e - 5
        while c > from, w[c] == " " { c -= 1 }
        guard c > from, w[c] == "," else { return nil }
        return (year, c)
    }

    static func isTranslators(_ s: String) -> Bool {
        s.hasSuffix("译") || s.hasSuffix("译者") || s.hasSuffix("trans") || s.hasPrefix("Translated by")
    }

    static func isEdition(_ s: String) -> Bool {
        (s.hasSuffix("版") || s.hasSuffix(" ed") || s.hasSuffix(" edn")) && s.unicodeScalars.count <= 12
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let parenthesisedDate = TextPattern(#"\((\d{4}(?:[-./]\d{1,2}(?:[-./]\d{1,2})?)?)\)"#)
    static let volumeIssue = TextPattern(#",\s*(\d+)\s*\((\d+)\)"#)
    static let yearIssue = TextPattern(#"\d{4}\s*,?\s*\((\d+)\)"#)
    static let pagesAtEnd = TextPattern(#":\s*(\d+(?:\s*[-–—]\s*\d+)?)\s*[.。]?\s*$"#)
    static let pagesAfterIssue = TextPattern(#"\):\s*(\d+(?:\s*[-–—]\s*\d+)?)"#)
}

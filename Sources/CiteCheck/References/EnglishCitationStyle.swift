/// English styles: APA 7, Chicago notes, bibliography and author-date, MLA 9, IEEE and Harvard.
/// Author, “Title,” *Journal*, Vol. 2, Iss. 3, May 2024, pp. 303-314, URL (accessed March 3, 2025).
/// Klein, M. A., & Zittrain, J. (2014). Title. Journal, 9(12), e115253. https://doi.org/…
/// Klein, M. A. 2014. “Title”. Journal 9 (12): 1–5. / M. A. Klein, Title, 2nd ed. New York: Press, 2014.
/// Titles in quotation marks are taken as quoted; italic titles arrive as plain text, so without
/// quotation marks the title is the element after the authors (and the date, in author-date styles).
enum EnglishCitationStyle {
    static func parse(_ f: CitationFields, into ref: inout Reference) {
        let w = f.work
        var titleRange: Range<Int>?
        var titleEnd = f.start
        var authorEnd: Int?
        if let q = f.balanced("“", "”", from: f.start) ?? straightQuotes(f) ?? f.balanced("‘", "’", from: f.start) {
            titleRange = (q.lowerBound + 1)..<(q.upperBound - 1)
            titleEnd = q.upperBound
            authorEnd = q.lowerBound
        } else if let r = italicSpan(w), !italicAfterPlainTitle(f, at: r.lowerBound) {
            // An italic title in Markdown names a book or report.
            titleRange = (r.lowerBound + 1)..<(r.upperBound - 1)
            titleEnd = r.upperBound
            authorEnd = r.lowerBound
        } else if let end = AuthorScanner.end(w, from: f.start), end > f.start {
            authorEnd = end
            var t = CitationSegments.skipSpace(w, end + 1)
            // IEEE's "N. Müller and K. Roberts, Eds., Title", APA's "Kahle, M. J. (Ed.). (2008).":
            // the editors' mark after the names.
            t = skipEditorsMark(w, at: t)
            // Harvard's "(2010) Title, Site." has no full stop after the date; its title ends at a comma.
            var harvard = false
            if let group = dateGroup(w, at: t) {
                harvard = w[group.upperBound - 1] == ")"
                t = CitationSegments.skipSpace(w, group.upperBound)
            }
            if String(scalars: w[min(t, w.count)...]).trimmingCharacters(in: " .,").isEmpty {
                // "Artificial Intelligence Act (1992)." — no author: what stood first is the title.
                titleRange = f.start..<end
                titleEnd = end
            } else if t < w.count, w[t] == "“" || w[t] == "\"" || w[t] == "‘", let q = f.balanced(w[t], w[t] == "“" ? "”" : w[t] == "‘" ? "’" : "\"", from: t) {
                titleRange = (q.lowerBound + 1)..<(q.upperBound - 1)
                titleEnd = q.upperBound
            } else {
                let e = plainTitleEnd(w, from: t, afterComma: harvard || (end < w.count && w[end] == ","))
                if e > t { titleRange = t..<e; titleEnd = e }
            }
        }
        guard let titleRange else {
            // Nothing recognisable as a title: only the date is taken, the rest stays raw.
            ref.date = (CitationDate.english(in: f.workString) ?? CitationDate.year(in: f.workString))?.date
            return
        }
        // Markdown's italics inside a title ("Livy and the *Pax Deum*") are the style's, not the title's.
        ref.title = f.original(titleRange).replacingBytes("*", with: "").trimmingCharacters(in: " ").nilIfEmpty
        let head = (authorEnd ?? titleRange.lowerBound)
        var authorsText = f.folded(f.start..<max(f.start, min(head, titleRange.lowerBound)))
        // The date of author-date styles stands between authors and title: "(2014)", ". 2014.", ", 2014".
        var headDate: PartialDate?
        if let open = AuthorScanner.dateParenthesis(Array(authorsText.unicodeScalars), from: 0, limit: authorsText.unicodeScalars.count) {
            let inner = String(authorsText.unicodeScalars.dropFirst(open + 1))
            // "(2024, August 19)": the month and day follow the year.
            headDate = (CitationDate.english(in: inner) ?? CitationDate.year(in: inner)).map { MonthDay.complete($0.date, from: Array(inner.unicodeScalars)) }
            authorsText = String(scalars: authorsText.unicodeScalars.prefix(open))
        } else {
            let between = f.folded(min(head, titleRange.lowerBound)..<titleRange.lowerBound)
            headDate = (CitationDate.english(in: between) ?? CitationDate.year(in: between)).map { MonthDay.complete($0.date, from: Array(between.unicodeScalars)) }
            let scalars = Array(authorsText.unicodeScalars)
            var e = scalars.count
            while e > 0, " .,“\"(".unicodeScalars.contains(scalars[e - 1]) { e -= 1 }
            if e >= 4, let y = CitationSegments.year(at: e - 4, in: scalars) {
                headDate = headDate ?? PartialDate(year: y)
                authorsText = String(scalars: scalars[0..<(e - 4)])
            }
        }
        ref.authors = AuthorList.parse(authorsText.trimmingCharacters(in: " ,"))
        parseTail(f, from: titleEnd, headDate: headDate, into: &ref)
    }

    /// APA's "Klein, M. (2014). Scholarly context not found. *PLOS ONE, 9*(12)": the italics after a
    /// plain title set off the journal, not the title.
    static func italicAfterPlainTitle(_ f: CitationFields, at italic: Int) -> Bool {
        let w = f.work
        guard let end = AuthorScanner.end(w, from: f.start), end > f.start, end < italic else { return false }
        var t = skipEditorsMark(w, at: CitationSegments.skipSpace(w, end + 1))
        if let group = dateGroup(w, at: t) { t = CitationSegments.skipSpace(w, group.upperBound) }
        guard t < italic, let stop = CitationSegments.stop(w, from: t, limit: italic) else { return false }
        return stop > t
    }

    static let editorsMarks = ["Eds.,", "Ed.,", "eds.,", "ed.,", "(eds.).", "(ed.).", "(Eds.).", "(Ed.).", "(eds.)", "(ed.)", "(Eds.)", "(Ed.)"]
        .map { Array($0.unicodeScalars) }

    /// "Eds., ", "Ed., ", "(ed.). ", "(Eds.) ": skipped, with the space after.
    static func skipEditorsMark(_ w: [Unicode.Scalar], at t: Int) -> Int {
        guard t < w.count, w[t] == "E" || w[t] == "e" || w[t] == "(" else { return t }
        for m in editorsMarks {
            if t + m.count <= w.count, w[t..<(t + m.count)].elementsEqual(m) {
                return CitationSegments.skipSpace(w, t + m.count)
            }
        }
        return t
    }

    /// "(2014)", "(2014, March 3)", "(n.d.)" or "2014." right after the authors.
    static func dateGroup(_ w: [Unicode.Scalar], at t: Int) -> Range<Int>? {
        guard t < w.count else { return nil }
        if w[t] == "(", let close = w[t...].firstIndex(of: ")"), close - t <= 40 {
            var e = close + 1
            if e < w.count, w[e] == "." { e += 1 }
            return t..<e
        }
        if CitationSegments.year(at: t, in: w) != nil {
            var e = t + 4
            if e < w.count, w[e].properties.isLowercase { e += 1 }
            if e < w.count, w[e] == "." || w[e] == "," { return t..<(e + 1) }
        }
        return nil
    }

    /// A plain title ends at a full stop; after a comma-ended author list (IEEE, Chicago notes)
    /// also at a comma; and before a bracketed note such as "[Dataset]" or "(5th ed.)".
    static func plainTitleEnd(_ w: [Unicode.Scalar], from t: Int, afterComma: Bool) -> Int {
        var e = CitationSegments.stop(w, from: t) ?? w.count
        var i = t
        while i < e {
            let c = w[i]
            if c == "[" || (c == "(" && i > t && w[i - 1] == " ") { e = i; break }
            if afterComma, c == ",", i + 1 < w.count, w[i + 1] == " ", !SeriesComma.isInside(w, at: i) { e = i; break }
            i += 1
        }
        while e > t, w[e - 1] == " " { e -= 1 }
        return e
    }

    private static func parseTail(_ f: CitationFields, from titleEnd: Int, headDate: PartialDate?, into ref: inout Reference) {
        var tail = Array(f.work[titleEnd...])
        func blank(_ r: Range<String.Index>, in t: String) {
            for i in t.scalarOffsets(r) { tail[i] = " " }
        }
        var t = String(scalars: tail)
        if t.hasIgnoringASCIICase("vol"), let m = Pattern.volume.firstMatch(in: t) { ref.volume = String(m[1]!); blank(m.range, in: t) }
        t = String(scalars: tail)
        // APA's "*Journal, 31*(1), 17–39" and "Article e0167475"; Chicago's "Journal 111, no. 2
        // (April 2016): 170" and a note's pinpoint after its parenthesis, "(Penguin, 2016), 315–16".
        if ref.volume == nil, let m = TailNumbers.apaVolumeIssue(tail) {
            ref.volume = m.volume
            ref.issue = ref.issue ?? m.issue
        } else if ref.volume == nil, let v = TailNumbers.chicagoVolume(tail) {
            ref.volume = v
        }
        if ref.pages == nil, let p = TailNumbers.pagesAfterParenthesis(tail) { ref.pages = p }
        if t.hasIgnoringASCIICase("iss") || t.hasIgnoringASCIICase("no"), let m = Pattern.issue.firstMatch(in: t) { ref.issue = String(m[1]!).filter { $0 != " " }; blank(m.range, in: t) }
        t = String(scalars: tail)
        if t.has("p."), let m = Pattern.pages.firstMatch(in: t) {
            ref.pages = String(m[1]!).filter { $0 != " " }.replacingBytes("–", with: "-").replacingBytes("—", with: "-")
            blank(m.range, in: t)
        }
        t = String(scalars: tail)
        var dateAt: Int?
        if let d = CitationDate.english(in: t) ?? CitationDate.iso(in: t) {
            ref.date = d.date
            dateAt = t.scalarOffset(d.range.lowerBound)
            blank(d.range, in: t)
        } else if let v = VancouverDate.find(in: tail) {
            ref.date = v.date
            for i in v.range { tail[i] = " " }
        } else if let headDate {
            ref.date = MonthDay.complete(headDate, from: tail)
        } else if let y = CitationSegments.standaloneYearAt(in: t) {
            ref.date = PartialDate(year: y.year)
            dateAt = y.at
        }
        // Only a date standing bare after the title ends the elements a container may be in: not
        // the head date of author-date styles, nor IEEE's "(2016). GitHub.".
        if headDate != nil { dateAt = nil }
        if let at = dateAt {
            var b = at - 1
            while b >= 0, tail[b] == " " { b -= 1 }
            if b >= 0, tail[b] == "(" || tail[b] == "[" { dateAt = nil }
            // "Oxford University Press, 1998", "PLOS ONE 30, no. 12 (2025)": a date after the
            // container; the rule is for the elements after the date.
        }
        if let headDate, let d = ref.date, d.year != headDate.year { ref.date = MonthDay.complete(headDate, from: tail) }
        ref.container = ContainerFinder.first(in: f, tail: tail, base: titleEnd, dateAt: dateAt)
    }

    /// The first Markdown italic, "*…*" with at least one character inside and no "*" there.
    static func italicSpan(_ w: [Unicode.Scalar]) -> Range<Int>? {
        guard var open = w.firstIndex(of: "*") else { return nil }
        while open + 1 < w.count {
            guard let next = w[(open + 1)...].firstIndex(of: "*") else { return nil }
            if next > open + 1 { return open..<(next + 1) }
            open = next
        }
        return nil
    }

    /// A title in straight double quotes.
    private static func straightQuotes(_ f: CitationFields) -> Range<Int>? {
        guard let o = f.work[f.start...].firstIndex(of: "\""),
              let c = f.work[(o + 1)...].firstIndex(of: "\"") else { return nil }
        return o..<(c + 1)
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let volume = TextPattern(#"(?i)\bvol(?:ume)?\.?\s*([0-9A-Za-z]+)"#)
    static let issue = TextPattern(#"(?i)\b(?:iss(?:ue)?|no)\.?\s*(\d+(?:\s*[-–/]\s*\d+)?)"#)
    static let pages = TextPattern(#"\bpp?\.\s*(\d+(?:\s*[-–—]\s*\d+)?)"#)
}

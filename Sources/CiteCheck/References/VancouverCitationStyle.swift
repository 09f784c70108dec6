/// Vancouver/NLM (ICMJE): Klein MA, Zittrain J. Title. Journal. 2014 Dec 26;9(12):e115253. doi:…
/// and its web forms: "Title [Internet]. Place: Publisher; 2024 [cited 2025 Mar 3]. Available from: URL",
/// "Homepage [Internet]. 2024 [cited 2025 Mar 3]. Part title. Available from: URL". The English
/// parser reads the elements; this type knows the web forms.
enum VancouverCitationStyle {
    static func accepts(_ f: CitationFields) -> Bool {
        f.workString.has("[Internet]") || f.workString.has("Available from:")
    }

    static func parse(_ f: CitationFields, into ref: inout Reference) {
        EnglishCitationStyle.parse(f, into: &ref)
        homepage(f, into: &ref)
    }

    /// "Site [Internet]. 2010 [cited …]. Part title.", "Authors. Site [Internet]. 2024 [cited …].
    /// Part title." and "Author. Title. Site [Internet]. 2015Feb20 [cited …].": the element marked
    /// [Internet] is the site when a date follows it; the part's title is the element after the
    /// date, or else the element before the site.
    static func homepage(_ f: CitationFields, into ref: inout Reference) {
        let w = f.work
        var elements: [Range<Int>] = []
        var i = f.start
        while i < w.count {
            let s = CitationSegments.skipSpace(w, i)
            let e = CitationSegments.stop(w, from: s) ?? w.count
            if e > s, !f.folded(s..<e).trimmingCharacters(in: " ").isEmpty { elements.append(s..<e) }
            i = e + 1
        }
        let marker = " [Internet]"
        guard let k = elements.firstIndex(where: { f.folded($0).trimmingCharacters(in: " ").hasSuffix(marker) }), k >= 1,
              k + 1 < elements.count else { return }
        let date = Array(f.folded(elements[k + 1]).trimmingCharacters(in: " ").unicodeScalars)
        guard CitationSegments.year(at: 0, in: date) != nil || (date.count >= 5 && CitationSegments.isDigit(date[0]) && CitationSegments.year(at: 0, in: Array(date.prefix(4))) != nil) else { return }
        let siteText = f.original(elements[k]).trimmingCharacters(in: " ")
        let site = String(siteText.dropLast(marker.count)).trimmingCharacters(in: " ")
        guard !site.isEmpty, !site.hasPrefix("In:") else { return }
        func plain(_ r: Range<Int>) -> String { f.original(r).trimmingCharacters(in: " ") }
        let next = k + 2 < elements.count ? f.folded(elements[k + 2]).trimmingCharacters(in: " ") : ""
        if !next.isEmpty, !next.hasPrefix("Available from"), !next.hasPrefix("Located at") {
            // The homepage's part: authors (if any) before the site, its title after the date.
            ref.title = plain(elements[k + 2]).nilIfEmpty
            ref.container = site
            let authors = k == 1 ? plain(elements[0]) : elements[0..<k].map(plain).joined(separator: ". ")
            ref.authors = authors == site ? [site] : AuthorList.parse(authors)
        } else if k >= 2 {
            // "OECD. Title. OECD [Internet]. 2015Feb20 [cited …].": the title stands before the site.
            ref.title = plain(elements[k - 1]).nilIfEmpty
            ref.container = site
            ref.authors = AuthorList.parse(elements[0..<(k - 1)].map(plain).joined(separator: ". "))
        }
    }
}

/// Dates on elements: `<time datetime>`, Blogger's `<abbr class="published" title=…>`, microdata
/// `itemprop="datePublished"` on any element, RDFa `property="dc:date"`. Only those in the page's own
/// content count: a `<time>` in a sidebar, the comments or a related-posts list dates another page.
/// Inside the article or main element first, and an element marked as the publication date before
/// an unmarked one.
struct ElementDateSource: PageDateSource {
    func candidates(in page: DatePage) -> DateCandidates {
        let own = page.scan.dateMarks.filter { !$0.aside }
        let ordered = own.filter { $0.inArticle } + own.filter { !$0.inArticle }
        var found = DateCandidates()
        for mark in ordered where mark.role == .published { found.add(mark.value, source(of: mark)) }
        for mark in ordered where mark.role == .unknown { found.add(mark.value, source(of: mark)) }
        for mark in ordered where mark.role == .modified {
            found.add(mark.value, mark.kind == .itemprop ? .itempropDateModified : .timeUpdated)
        }
        return found
    }

    private func source(of mark: HTMLScan.DateMark) -> DateSource {
        switch mark.kind {
        case .time: return .timeElement
        case .abbr: return .abbrPublished
        case .itemprop: return .itempropDatePublished
        case .rdfa: return .rdfaDate
        }
    }
}

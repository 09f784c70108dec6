/// Dates on elements: `<time datetime>`, Blogger's `<abbr class="published" title=…>`, microdata
/// `itemprop="datePublished"` on any element, RDFa `property="dc:date"`. Only those in the page's own
/// content count: a `<time>` in a sidebar, the comments or a related-posts list dates another page.
/// Inside the article or main element first, and an element marked as the publication date before
/// an unmarked one.
struct ElementDateSource: PageDateSource {
    func candidates(in page: DatePage) -> DateCandidates {
        let own = page.scan.dateMarks.filter { !$0.aside && $0.kind != .epoch }
        let ordered = own.filter { $0.inArticle } + own.filter { !$0.inArticle }
        var found = DateCandidates()
        for mark in ordered where mark.role == .published { found.add(Self.value(of: mark), source(of: mark)) }
        for mark in ordered where mark.role == .unknown { found.add(Self.value(of: mark), source(of: mark)) }
        for mark in ordered where mark.role == .modified {
            found.add(mark.value, mark.kind == .itemprop ? .itempropDateModified : .timeUpdated)
        }
        return found
    }

    /// The date a `<time>` stands for. When its own text states a day more than a day away from its
    /// `datetime` (`<time datetime="2019-07-03T10:18Z">Publié le 29 juin 2019</time>`: the attribute
    /// is the CMS's last edit), the reader's day is the text's; a day apart is a time zone, and
    /// stays with the attribute.
    static func value(of mark: HTMLScan.DateMark) -> String {
        guard mark.kind == .time, let text = mark.text, let shown = TextDateFinder.find(in: text).first?.date,
              shown.precision == .day, let stamp = DateTextParser.parse(mark.value)?.date, stamp.precision == .day,
              abs(shown.earliestDayNumber - stamp.earliestDayNumber) > 1 else { return mark.value }
        return shown.description
    }

    private func source(of mark: HTMLScan.DateMark) -> DateSource {
        switch mark.kind {
        case .time: return .timeElement
        case .abbr: return .abbrPublished
        case .itemprop: return .itempropDatePublished
        case .rdfa: return .rdfaDate
        case .epoch: return .epochAttribute
        }
    }
}

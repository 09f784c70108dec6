/// What every date source reads: one page's scan, its JSON-LD, its URL and its HTTP headers.
struct DatePage: Sendable {
    var scan: HTMLScan
    var jsonLD: JSONLDReader.Found
    var url: String
    var headers: [(name: String, value: String)]
}

/// Dates one source found: publication and modification candidates, each with its source.
struct DateCandidates: Sendable {
    var published: [PageDate] = []
    var modified: [PageDate] = []

    mutating func add(_ text: String?, _ source: DateSource) {
        guard let text, let parsed = DateTextParser.parse(text) else { return }
        let date = PageDate(date: parsed.date, minuteOfDay: parsed.minuteOfDay, offsetMinutes: parsed.offsetMinutes, source: source)
        if source.isModification { modified.append(date) } else { published.append(date) }
    }
}

/// One place on a page where dates are found (htmldate's cascade, one step per type).
protocol PageDateSource: Sendable {
    func candidates(in page: DatePage) -> DateCandidates
}

/// Every source, registered once. Their order here does not decide: the chooser ranks candidates
/// by `DateSource.rank`.
enum PageDateSources {
    static let all: [any PageDateSource] = [
        MetaDateSource(), JSONLDDateSource(), ElementDateSource(), InlineScriptDateSource(), AppStateRecordDateSource(),
        EpochAttributeDateSource(), URLPathDateSource(), VisibleTextDateSource(), OGImageDateSource(), LastModifiedDateSource(),
    ]

    static func candidates(in page: DatePage) -> DateCandidates {
        var all = DateCandidates()
        for source in Self.all {
            let found = source.candidates(in: page)
            all.published += found.published
            all.modified += found.modified
        }
        return all
    }
}

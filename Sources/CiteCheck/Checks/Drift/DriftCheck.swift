/// Compares a page today with its archived copy from the date it was cited, and says whether it
/// drifted: `content-changed` (warning) with both titles, the figures and the copy to cite instead,
/// or `content-unverified` (info) when the archive has no copy near that date.
public struct DriftCheck: Sendable {
    /// Less than this share of the archived text still on the page: it no longer says what was cited.
    public var minContainment = 0.5
    /// Titles less alike than this, when the pages have too little text to compare.
    public var minTitleSimilarity = 0.5
    /// Pages with fewer archived shingles than this are judged by their titles.
    public var minShingles = 20
    /// A copy further than this from the date is not what the author saw.
    public var maxDaysAway = 366

    public init() {}

    /// The date a cited page is compared as of: the note's access date, else the work's date,
    /// else the paper's (published, then received).
    public static func asOf(_ reference: Reference, paper: PaperMetadata) -> (date: PartialDate, source: String)? {
        if let accessed = reference.accessed { return (accessed, "accessed") }
        if let date = reference.date { return (date, "published") }
        if let date = paper.published ?? paper.received { return (date, "paper") }
        return nil
    }

    /// Whether a capture is near enough the date to stand for what the author saw.
    public func isNear(_ snapshot: ArchiveSnapshot, to date: PartialDate) -> Bool {
        guard let captured = PartialDate(iso: snapshot.date) else { return false }
        let day = captured.earliestDayNumber
        return day >= date.earliestDayNumber - maxDaysAway && day <= date.latestDayNumber + maxDaysAway
    }

    public func compare(archived: MainText, current: MainText, currentTitle: String?, snapshot: ArchiveSnapshot,
                        asOf: (date: PartialDate, source: String)) -> LinkDrift {
        let overlap = ShingleOverlap(archived: archived.text, current: current.text)
        let archivedTitle = archived.title
        let nowTitle = currentTitle ?? current.title
        let titles = archivedTitle.flatMap { a in nowTitle.map { TitleSimilarity.score(a, $0) } }
        let changed: Bool
        if overlap.archivedShingles >= minShingles {
            changed = overlap.containment < minContainment
        } else {
            changed = (titles ?? 1) < minTitleSimilarity
        }
        return LinkDrift(snapshot: snapshot.url, timestamp: snapshot.timestamp, titleSimilarity: titles,
                         textSimilarity: overlap.jaccard, textContainment: overlap.containment,
                         archivedTitle: archivedTitle, currentTitle: nowTitle, asOf: asOf.date.description,
                         dateSource: asOf.source, changed: changed)
    }

    public func findings(_ drift: LinkDrift, url: String, references: [String]) -> [Finding] {
        guard drift.changed else { return [] }
        let archived = drift.archivedTitle.map { "\"\($0)\"" } ?? "no title"
        let current = drift.currentTitle.map { "\"\($0)\"" } ?? "no title"
        let titles = drift.titleSimilarity.map { String(format: "title similarity %.2f", $0) } ?? "titles not comparable"
        let message = "the page has changed since it was cited: the archived copy of \(ArchiveSnapshot(url: drift.snapshot, timestamp: drift.timestamp).date) "
            + "is titled \(archived), the page today \(current) (\(titles)); "
            + String(format: "%.0f%% of the archived text is still on the page (shingle Jaccard %.2f)", drift.textContainment * 100, drift.textSimilarity)
        return references.map {
            Finding(kind: .contentChanged, severity: .warning, reference: $0, url: url, message: message, suggestion: drift.snapshot)
        }
    }

    /// `content-unverified`: nothing in the archive to compare with, or the comparison could not run.
    public func unverified(url: String, references: [String], why: String) -> [Finding] {
        references.map {
            Finding(kind: .contentUnverified, severity: .info, reference: $0, url: url,
                    message: "whether the page still says what was cited is unknown: \(why)")
        }
    }
}

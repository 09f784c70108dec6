/// Chooses a DOI to suggest from a bibliographic search, only when the choice is unambiguous.
///
/// Thresholds (docs/doi.md):
/// - the best hit's title similarity is at least `minimumTitle` (0.9);
/// - neither its year (±1) nor its first author disagrees with the citation, and at least one of
///   them is known on both sides and agrees;
/// - its score (0.6·title + 0.2·year + 0.2·author; agree 1, unknown 0.5, disagree 0) is at least
///   `minimumLead` (0.15) ahead of the second hit's score.
/// Anything less and no DOI is suggested: a wrong suggestion is worse than none.
public enum DOISuggestionRule {
    public static let minimumTitle = 0.9
    public static let minimumLead = 0.15

    /// The DOI of the unambiguous match among `hits`, or nil. `excluding` is the DOI the citation
    /// already carries (a search must not "suggest" the mismatched DOI back).
    public static func suggestion(for reference: Reference, hits: [WorkRecord], excluding: DOI? = nil) -> DOI? {
        let scored = hits.compactMap { hit -> (DOI, WorkComparison, Double)? in
            guard let text = hit.doi, let doi = DOI(text), doi != excluding else { return nil }
            let c = WorkComparison(record: hit, reference: reference)
            return (doi, c, score(c))
        }.sorted { $0.2 > $1.2 }
        guard let (doi, best, bestScore) = scored.first else { return nil }
        guard let title = best.titleSimilarity, title >= minimumTitle,
              best.year != .disagrees, best.firstAuthor != .disagrees,
              best.year == .agrees || best.firstAuthor == .agrees else { return nil }
        if scored.count > 1, bestScore - scored[1].2 < minimumLead { return nil }
        return doi
    }

    static func score(_ c: WorkComparison) -> Double {
        func value(_ a: WorkComparison.Agreement) -> Double { a == .agrees ? 1 : a == .unknown ? 0.5 : 0 }
        return 0.6 * (c.titleSimilarity ?? 0) + 0.2 * value(c.year) + 0.2 * value(c.firstAuthor)
    }

    /// A journal article: a GB/T 7714 "[J]", or a titled work in a container with a volume, issue
    /// or pages. Web pages, reports and UN documents are not searched for DOIs.
    public static func looksLikeJournalArticle(_ r: Reference) -> Bool {
        guard r.title != nil, r.number == nil else { return false }
        if r.raw.has("[J]") || r.raw.has("［J］") { return true }
        return r.container != nil && (r.volume != nil || r.issue != nil || r.pages != nil)
    }

    /// The text sent as Crossref's query.bibliographic: the fields a citation matcher weighs.
    public static func query(for r: Reference) -> String {
        var parts: [String] = []
        if let first = r.authors.first { parts.append(first) }
        if let title = r.title { parts.append(title) }
        if let container = r.container { parts.append(container) }
        if let year = r.date?.year { parts.append(String(year)) }
        return parts.joined(separator: " ")
    }
}

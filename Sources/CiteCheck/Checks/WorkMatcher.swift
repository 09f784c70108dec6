/// Scores catalogue candidates against a scholarly reference and decides whether one of them is
/// the cited work. Both Crossref and OpenAlex always return candidates, even for a work that does
/// not exist, so the decision rests on the fit, never on the catalogue's own relevance score.
///
/// Each candidate is compared on title (`TitleSimilarity`, CJK by characters, with and without
/// its subtitle), first author's family name, year (±1) and container; its fit is
/// 0.6·title + 0.15·author + 0.15·year + 0.1·container (agree 1, unknown 0.5, disagree 0).
/// A candidate fits the reference when
/// - its title similarity is at least 0.9, and author and year do not both disagree; or
/// - its title similarity is at least 0.8 and author and year both agree;
/// and its fit is at least 0.7. Candidates of the same title and first author are one work (a
/// preprint and its published version); two different works that both fit within 0.05 of each
/// other make the answer `ambiguous`.
public enum WorkMatcher {
    public static let minimumFit = 0.7
    public static let ambiguityMargin = 0.05

    /// One candidate against the reference.
    public struct Scored: Hashable, Sendable {
        public var record: WorkRecord
        public var source: WorkMatch.Source
        public var comparison: WorkComparison
        public var container: WorkComparison.Agreement
        public var fit: Double
        public var fits: Bool
    }

    public struct Decision: Hashable, Sendable {
        public var match: WorkMatch
        /// The chosen work (matched, ambiguous) or the closest candidate (not found).
        public var best: Scored?
        /// The second work, when the answer is ambiguous.
        public var rival: Scored?
    }

    public static func score(_ record: WorkRecord, source: WorkMatch.Source, against reference: Reference) -> Scored {
        let c = WorkComparison(record: record, reference: reference)
        let container = containerAgreement(reference.container, record.container)
        func value(_ a: WorkComparison.Agreement) -> Double { a == .agrees ? 1 : a == .unknown ? 0.5 : 0 }
        let title = c.titleSimilarity ?? 0
        let fit = 0.6 * title + 0.15 * value(c.firstAuthor) + 0.15 * value(c.year) + 0.1 * value(container)
        let bothDisagree = c.firstAuthor == .disagrees && c.year == .disagrees
        let fits = fit >= minimumFit
            && (title >= 0.9 && !bothDisagree || title >= 0.8 && c.firstAuthor == .agrees && c.year == .agrees)
        return Scored(record: record, source: source, comparison: c, container: container,
                      fit: (fit * 100).rounded() / 100, fits: fits)
    }

    /// The verdict over every candidate the catalogues returned.
    public static func decide(_ reference: Reference, candidates: [(WorkRecord, WorkMatch.Source)]) -> Decision {
        let scored = candidates.map { score($0.0, source: $0.1, against: reference) }
            .enumerated().sorted { $0.element.fit != $1.element.fit ? $0.element.fit > $1.element.fit : $0.offset < $1.offset }
            .map(\.element)
        let fitting = scored.filter(\.fits)
        guard let best = fitting.first else {
            let closest = scored.first
            return Decision(match: WorkMatch(status: .notFound, score: closest?.fit ?? 0), best: closest, rival: nil)
        }
        let rival = fitting.dropFirst().first { !sameWork($0.record, best.record) && best.fit - $0.fit < ambiguityMargin }
        let chosen = preferred(best, among: fitting.filter { sameWork($0.record, best.record) })
        let match = WorkMatch(status: rival == nil ? .matched : .ambiguous, doi: chosen.record.doi,
                              title: chosen.record.metadata.title, source: chosen.source, score: chosen.fit)
        return Decision(match: match, best: chosen, rival: rival)
    }

    /// Among versions of one work, the one with a DOI, then the one of closest fit.
    static func preferred(_ best: Scored, among versions: [Scored]) -> Scored {
        if best.record.doi != nil { return best }
        return versions.first { $0.record.doi != nil && best.fit - $0.fit < 0.1 } ?? best
    }

    /// Two records are versions of one work when their titles are alike and their first authors agree.
    static func sameWork(_ a: WorkRecord, _ b: WorkRecord) -> Bool {
        if let x = a.doi.flatMap(DOI.init), let y = b.doi.flatMap(DOI.init), x == y { return true }
        guard let ta = a.title, let tb = b.title, TitleSimilarity.score(ta, tb) >= 0.9 else { return false }
        let fa = a.authors.first.map { $0.family ?? $0.name ?? "" } ?? ""
        let fb = b.authors.first.map { $0.family ?? $0.name ?? "" } ?? ""
        return fa.isEmpty || fb.isEmpty || TitleSimilarity.tokens(fa) == TitleSimilarity.tokens(fb)
    }

    /// Journal names: alike words agree ("AI & Society", "AI & SOCIETY"), and so does an
    /// abbreviation whose every word begins a word of the full name, in order ("Nat. Mach.
    /// Intell."); different names of some length disagree; anything else cannot be told.
    static func containerAgreement(_ cited: String?, _ recorded: String?) -> WorkComparison.Agreement {
        guard let cited, let recorded else { return .unknown }
        let a = TitleSimilarity.tokens(cited), b = TitleSimilarity.tokens(recorded)
        guard !a.isEmpty, !b.isEmpty else { return .unknown }
        if TitleSimilarity.score(cited, recorded) >= 0.6 { return .agrees }
        if isAbbreviation(a, of: b) || isAbbreviation(b, of: a) { return .agrees }
        return TitleSimilarity.score(cited, recorded) < 0.25 && min(a.count, b.count) >= 2 ? .disagrees : .unknown
    }

    private static func isAbbreviation(_ short: [String], of long: [String]) -> Bool {
        let stop: Set<String> = ["of", "the", "and", "for", "in", "on", "&"]
        let words = long.filter { !stop.contains($0) }
        var i = 0
        for token in short where !stop.contains(token) {
            while i < words.count, !words[i].hasPrefix(token) { i += 1 }
            guard i < words.count else { return false }
            i += 1
        }
        // One word ("Nature") is no abbreviation of a longer name ("Nature Machine Intelligence").
        return short.count >= 2 || long.count == 1
    }

    /// What differs between the reference and a candidate, for the finding: "title 41% alike",
    /// "first author Smith, not Garcia", "year 2017, not 2021", "journal …".
    public static func differences(_ s: Scored, reference: Reference) -> [String] {
        var out: [String] = []
        let m = s.record.metadata
        if let t = s.comparison.titleSimilarity, t < 0.9 {
            out.append("title \(Int((t * 100).rounded()))% alike (“\(m.title ?? "untitled")”)")
        }
        if s.comparison.firstAuthor == .disagrees, let cited = reference.authors.first, let theirs = s.record.authors.first {
            out.append("first author \(theirs.display), not \(cited)")
        }
        if s.comparison.year == .disagrees, let cited = reference.date?.year, let theirs = s.record.year {
            out.append("year \(theirs), not \(cited)")
        }
        if s.container == .disagrees, let cited = reference.container, let theirs = s.record.container {
            out.append("published in \(theirs), not \(cited)")
        }
        return out
    }
}

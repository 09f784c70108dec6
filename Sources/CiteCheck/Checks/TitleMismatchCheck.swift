/// title-mismatch: the page's own title is unlike the title the note gives. Titles are compared
/// after normalising (case, punctuation, full/half width, site names), Chinese by characters and
/// other languages by words. Silent when the page has no title, only the site's name for a title,
/// or a title in another language than the note's (a Chinese note citing an English page).
public struct TitleMismatchCheck: Sendable {
    /// Below this similarity (0…1) the titles are different works.
    public var threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    public func findings(for reference: Reference, url: String, page: PageEvidence) -> [Finding] {
        guard let cited = reference.title?.trimmed, !cited.isEmpty,
              let pageTitle = page.title?.trimmed, !pageTitle.isEmpty, page.notFound == nil else { return [] }
        let segments = TitleNormalizer.split(pageTitle)
        if segments.allSatisfy({ TitleNormalizer.isGeneric($0, url: url, container: reference.container) }) { return [] }
        let work = TitleNormalizer.strippingSiteName(pageTitle)
        let citedLanguage = TitleNormalizer.language(cited) ?? reference.language
        if let citedLanguage, let pageLanguage = TitleNormalizer.language(work), citedLanguage != pageLanguage { return [] }
        let score = TitleNormalizer.bestSimilarity(cited: cited, page: pageTitle)
        guard score < threshold else { return [] }
        let source = page.titleSource.map { " (\($0))" } ?? ""
        let percent = Int((score * 100).rounded())
        return [Finding(
            kind: .titleMismatch, severity: .warning, reference: reference.id, url: url,
            message: "\(reference.noteDescription) gives the title “\(cited)”; the page's title is “\(pageTitle)”\(source); they are \(percent)% alike",
            suggestion: work)]
    }
}

/// A registry record compared with the citation that names it: title, year and first author,
/// each agreeing, disagreeing, or not comparable because one side lacks it.
public struct WorkComparison: Hashable, Sendable {
    public enum Agreement: String, Hashable, Sendable {
        case agrees, disagrees, unknown
    }

    /// Titles at or above this similarity are the same title (case, punctuation and a dropped
    /// subtitle aside).
    public static let sameTitle = 0.8
    /// Titles below this similarity are different titles; between the two is "cannot tell".
    public static let differentTitle = 0.5

    /// Title similarity, 0…1; nil when either side has no title.
    public var titleSimilarity: Double?
    public var title: Agreement
    public var year: Agreement
    public var firstAuthor: Agreement

    public init(record: WorkRecord, reference: Reference) {
        if let cited = reference.title, let title = record.title {
            let forms = [title] + (record.subtitle.map { [title + ": " + $0] } ?? [])
            let s = TitleSimilarity.best(cited, forms)
            titleSimilarity = s
            self.title = s >= Self.sameTitle ? .agrees : s < Self.differentTitle ? .disagrees : .unknown
        } else {
            titleSimilarity = nil
            title = .unknown
        }
        // One year apart still agrees: online-first and print editions straddle New Year.
        if let cited = reference.date?.year, let year = record.year {
            self.year = abs(cited - year) <= 1 ? .agrees : .disagrees
        } else {
            year = .unknown
        }
        firstAuthor = Self.compareFirstAuthor(reference.authors.first, record.authors.first)
    }

    /// Every comparable field disagrees, and the title is among them: the DOI names another work.
    /// A title alone is not enough (a translated title differs from the registry's), so at least
    /// one of year and first author must be comparable too and disagree.
    public var isDifferentWork: Bool {
        title == .disagrees && year != .agrees && firstAuthor != .agrees
            && (year == .disagrees || firstAuthor == .disagrees)
    }

    /// Family name of the cited first author against the registry's first author. Chinese
    /// names are compared whole ("贾开" against family "贾" + given "开"); Latin names by the
    /// family name, which a citation writes last ("Jane Roe") or first ("Roe, Jane").
    static func compareFirstAuthor(_ cited: String?, _ author: WorkRecord.Author?) -> Agreement {
        guard let cited, let author else { return .unknown }
        let citedKey = fold(cited)
        guard !citedKey.isEmpty else { return .unknown }
        if citedKey.unicodeScalars.contains(where: TitleSimilarity.isCJK) {
            let family = fold(author.family ?? "")
            let whole = fold((author.family ?? "") + (author.given ?? "")) + fold(author.name ?? "")
            guard !whole.isEmpty else { return .unknown }
            return whole.contains(citedKey) || (!family.isEmpty && citedKey.hasPrefix(family)) ? .agrees : .disagrees
        }
        let familyName = author.family ?? author.name?.split(separator: " ").last.map(String.init) ?? ""
        let family = TitleSimilarity.tokens(familyName)
        guard !family.isEmpty else { return .unknown }
        let words = Set(TitleSimilarity.tokens(cited))
        return family.allSatisfy(words.contains) ? .agrees : .disagrees
    }

    private static func fold(_ s: String) -> String { TitleSimilarity.tokens(s).joined() }
}

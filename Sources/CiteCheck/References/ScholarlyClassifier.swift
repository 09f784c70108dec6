/// Which references name a scholarly work that the catalogues (Crossref, OpenAlex, Open Library)
/// should know: journal articles, chapters, conference papers, books, theses, reports and
/// preprints. Web pages, news, legal texts, standards and UN documents are not looked up.
/// Decided from the parsed fields and the citation's own words, strongest evidence first; when a
/// parser supplies a CSL type, `kind(of:cslType:)` takes it first and these rules are the fallback.
public enum ScholarlyClassifier {
    /// The kinds looked up; raw values are CSL's type names.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case article = "article-journal"
        case chapter
        case conferencePaper = "paper-conference"
        case book
        case thesis
        case report
        case preprint = "article"

        /// Catalogues miss many books (Chinese ones above all): not finding one is weak evidence.
        public var isBook: Bool { self == .book }
    }

    /// A CSL type name as another stage may supply it; nil for the types not looked up.
    public static func kind(cslType: String) -> Kind? {
        switch cslType {
        case "article-journal", "article-magazine", "review", "review-book": .article
        case "chapter", "entry-encyclopedia", "entry-dictionary": .chapter
        case "paper-conference": .conferencePaper
        case "book", "monograph", "classic": .book
        case "thesis": .thesis
        case "report": .report
        case "article", "preprint": .preprint
        default: nil
        }
    }

    public static func kind(of r: Reference, cslType: String? = nil) -> Kind? {
        if let cslType { return kind(cslType: cslType) }
        guard r.title != nil else { return nil }
        let raw = r.raw
        // GB/T 7714 type codes are the author's own declaration.
        if let code = gbtCode(raw) {
            switch code {
            case "J": return .article
            case "M": return .book
            case "C": return .conferencePaper
            case "D": return .thesis
            case "R": return .report
            case "A": return .chapter
            default: return nil  // EB/OL, N, S, P, Z, G, DB/OL: online pages, news, standards, patents
            }
        }
        // A document symbol (A/RES/78/311) names a UN or legal document, not a catalogued work.
        if r.number != nil { return nil }
        let lower = raw.lowercased()
        if has(lower, ["phd diss", "ph.d. diss", "doctoral dissertation", "dissertation", "master's thesis",
                       "phd thesis", "ph.d. thesis", "学位论文", "博士论文", "硕士论文"]) { return .thesis }
        if has(lower, ["arxiv", "preprint", "ssrn", "biorxiv", "medrxiv", "预印本"]) { return .preprint }
        if has(lower, ["proceedings", "conference on", "symposium", "workshop on", "会议论文", "论文集"]) { return .conferencePaper }
        if r.container != nil, r.volume != nil || r.issue != nil || r.pages != nil {
            return .article
        }
        if has(lower, [" in: ", " in ", "(eds.)", "(ed.)", "eds.,", "ed. by", "edited by", "主编"]),
           r.pages != nil || lower.has("eds") || lower.has("主编") {
            return .chapter
        }
        if has(lower, ["isbn", "university press", " press,", " press.", " press)", "出版社", "publishers", "publishing"]) {
            return .book
        }
        if let container = r.container?.lowercased(), has(container, ["journal", "review", "quarterly", "学报", "研究", "杂志"]),
           r.urls.isEmpty || r.date != nil && r.accessed == nil {
            return .article
        }
        if has(lower, ["working paper", "technical report", "discussion paper", "research report"]) { return .report }
        return nil
    }

    /// The type code of a GB/T 7714 citation: "[J]", "［M］", "[EB/OL]" → "J", "M", "EB/OL".
    static func gbtCode(_ raw: String) -> String? {
        guard raw.contains("[") || raw.contains("［") else { return nil }
        let chars = Array(raw)
        for (i, ch) in chars.enumerated() where ch == "[" || ch == "［" {
            var j = i + 1
            var code = ""
            while j < chars.count, j - i <= 6, chars[j].isUppercase || chars[j] == "/" { code.append(chars[j]); j += 1 }
            if j < chars.count, chars[j] == "]" || chars[j] == "］", !code.isEmpty, code.first!.isASCII { return code }
        }
        return nil
    }

    // Byte search, not Foundation's `contains`: through CFString these few dozen cue words were
    // 44% of a 2,000-reference check's instructions (callgrind, docs/benchmarks.md).
    private static func has(_ text: String, _ words: [String]) -> Bool { words.contains { text.has($0) } }
}

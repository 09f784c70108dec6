import Foundation

/// The links publishers print under each entry of a reference list: search services (Google Scholar,
/// PubMed, CAS, Scopus, Web of Science, MathSciNet, ADS…) that look the work up, which the paper does
/// not cite and which are never checked; and labels ("Article", "View Article", "Crossref", "DOI")
/// whose target is the cited work itself, kept as links but not as words of the entry.
/// Shapes: Springer Nature's `c-article-references__links`, PLOS's `ul.reflinks`, ScienceDirect's
/// `ReferenceLinks`, Wiley's `extra-links`, PubMed Central's `[DOI] [PubMed] [Google Scholar]`.
enum ReferenceLinkLabel {
    static let searchServices: Set<String> = [
        "google scholar", "pubmed", "pubmed/ncbi", "pubmed central", "pmc", "pmc free article", "europe pmc",
        "cas", "chemport", "scopus", "view in scopus", "web of science", "web of science®", "isi", "medline",
        "mathscinet", "mathematical reviews", "zbmath", "zentralblatt math", "ads", "nasa ads", "inspire",
        "semantic scholar", "worldcat", "google books", "search google scholar", "find this article online",
    ]
    static let workLabels: Set<String> = [
        "article", "view article", "view article in publisher site", "publisher site", "full text", "view", "link",
        "crossref", "cross ref", "doi", "wiley online library", "springerlink", "sciencedirect", "free full text", "open access", "view record", "view in article",
    ]
    static let searchHosts = ["scholar.google.", "www.ncbi.nlm.nih.gov/pubmed", "www.ncbi.nlm.nih.gov/entrez",
                              "pubmed.ncbi.nlm.nih.gov", "www.scopus.com", "www.webofscience.com",
                              "gateway.webofknowledge.com", "www.ams.org/mathscinet", "ui.adsabs.harvard.edu",
                              "adsabs.harvard.edu", "europepmc.org", "www.semanticscholar.org",
                              "cas.org", "zbmath.org"]

    static func label(_ a: MarkupElement) -> String {
        var text = a.text.collapsingWhitespace.lowercased()
        while let last = text.last, "[]()".contains(last) { text.removeLast() }
        while let first = text.first, "[]()".contains(first) { text.removeFirst() }
        return text
    }

    /// A link that looks the work up elsewhere: not a citation, neither as a word nor as a link.
    static func isSearchService(_ a: MarkupElement) -> Bool {
        guard a.name == "a" else { return false }
        if searchServices.contains(label(a)) { return true }
        guard let href = a["href"]?.lowercased() else { return false }
        let rest = href.hasPrefix("https://") ? href.dropFirst(8) : href.hasPrefix("http://") ? href.dropFirst(7) : nil
        return rest.map { rest in searchHosts.contains { rest.hasPrefix($0) } } ?? false
    }

    /// A link whose words only say "this work": its target stays, its words are not the entry's.
    static func isWorkLabel(_ a: MarkupElement) -> Bool {
        a.name == "a" && workLabels.contains(label(a))
    }

    /// An entry's text without the brackets its removed labels leave ("[ ] [ ]").
    static func tidy(_ text: String) -> String {
        var out = text
        for empty in ["[ ]", "[]", "( )", "()"] { out = out.replacingOccurrences(of: empty, with: " ") }
        return out.collapsingWhitespace
    }
}

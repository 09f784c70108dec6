/// One place a DOI was written: a reference's note, the paper's own header, or a cited page's
/// citation_doi. The text is kept as written so a `doi-invalid` finding can quote it.
public struct DOICitation: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// Written in the note that cites the work.
        case note
        /// The paper's own DOI, from its header.
        case paper
        /// Declared by the cited page itself (citation_doi), not by the note.
        case page
    }

    public var text: String
    /// The reference concerned; nil for the paper's own DOI.
    public var reference: String?
    public var source: Source

    public init(text: String, reference: String?, source: Source) {
        self.text = text
        self.reference = reference
        self.source = source
    }

    /// Every DOI the paper offers: each reference's DOI (and malformed ones its note presents as
    /// DOIs), the paper's own, and the DOIs cited pages declare (reference id → citation_doi).
    public static func collect(references: [Reference], paper: PaperMetadata?,
                               pageDOIs: [(reference: String, doi: String)] = []) -> [DOICitation] {
        var found: [DOICitation] = []
        if let own = paper?.doi { found.append(DOICitation(text: own, reference: nil, source: .paper)) }
        for ref in references {
            var texts: [String] = []
            if let doi = ref.doi { texts.append(doi) }
            for candidate in DOILocator.candidates(in: ref.raw) {
                let key = DOI.normalize(candidate).lowercased()
                if !texts.contains(where: { DOI.normalize($0).lowercased() == key }) { texts.append(candidate) }
            }
            // A URL like https://doi.org/10.1000/x also appears among `urls`; the locator has it.
            found += texts.map { DOICitation(text: $0, reference: ref.id, source: .note) }
        }
        for (reference, doi) in pageDOIs where !doi.isEmpty {
            found.append(DOICitation(text: doi, reference: reference, source: .page))
        }
        return found
    }
}

/// JSON-LD `datePublished` and `dateModified`: every block and `@graph` node, the article's own
/// node first (see `JSONLDReader`).
struct JSONLDDateSource: PageDateSource {
    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        found.add(page.jsonLD.published, .jsonLDDatePublished)
        found.add(page.jsonLD.modified, .jsonLDDateModified)
        return found
    }
}

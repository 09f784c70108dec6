/// HTTP Last-Modified: when the server last touched the file, so only ever a modification date.
struct LastModifiedDateSource: PageDateSource {
    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        found.add(PageEvidenceExtractor.header("Last-Modified", in: page.headers), .lastModified)
        return found
    }
}

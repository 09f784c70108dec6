import Testing
@testable import CiteCheck

@Test func rawValuesAreTheReportStrings() {
    #expect(DateSource.citationPublicationDate.rawValue == "citation_publication_date")
    #expect(DateSource.articlePublishedTime.rawValue == "article:published_time")
    #expect(DateSource.jsonLDDatePublished.rawValue == "JSON-LD datePublished")
    #expect(DateSource.lastModified.rawValue == "Last-Modified")
    #expect(Set(DateSource.allCases.map(\.rawValue)).count == DateSource.allCases.count)
}

@Test func strengthAndModification() {
    let strong = DateSource.allCases.filter(\.isStrong)
    #expect(Set(strong) == [.citationPublicationDate, .citationDate, .citationOnlineDate, .articlePublishedTime,
                            .articleModifiedTime, .jsonLDDatePublished, .jsonLDDateModified])
    #expect(!DateSource.urlPath.isStrong && !DateSource.lastModified.isStrong && !DateSource.pdfCreationDate.isStrong)
    #expect(DateSource.lastModified.isModification && DateSource.articleModifiedTime.isModification)
    #expect(!DateSource.pubDate.isModification)
}

import Testing
@testable import CiteCheck

@Suite struct ArticleAddressTests {
    @Test func pagesAndDOIsInEverySpelling() throws {
        #expect(ArticleAddress("https://www.nature.com/articles/s41586-019-1666-5") == .page("https://www.nature.com/articles/s41586-019-1666-5"))
        let doi = try #require(DOI("10.1038/s41586-019-1666-5"))
        for spelling in ["10.1038/s41586-019-1666-5", "doi:10.1038/s41586-019-1666-5", "https://doi.org/10.1038/s41586-019-1666-5",
                         "http://dx.doi.org/10.1038/s41586-019-1666-5"] {
            #expect(ArticleAddress(spelling) == .doi(doi), "\(spelling)")
        }
        #expect(ArticleAddress("doi:10.1038/s41586-019-1666-5")?.name == "https://doi.org/10.1038/s41586-019-1666-5")
    }

    @Test func filesAndOtherWordsAreNotAddresses() {
        #expect(ArticleAddress("paper.md") == nil)
        #expect(ArticleAddress("ftp://example.org/paper.txt") == nil)
        #expect(ArticleAddress("10.12/too-short-registrant") == nil)
        #expect(ArticleAddress("/tmp") == nil)
    }
}

import Testing
@testable import CiteCheck

@Suite struct DOILocatorTests {
    @Test func findsLabelledAndAddressedDOIs() {
        #expect(DOILocator.candidates(in: "Jane Roe, “A”, Journal, 2020. DOI: 10.1000/xyz123.") == ["10.1000/xyz123"])
        #expect(DOILocator.candidates(in: "王五：《论文》，《学报》2020年第1期，DOI：10.19780/j.cnki.2020.1。") == ["10.19780/j.cnki.2020.1"])
        #expect(DOILocator.candidates(in: "see https://dx.doi.org/10.1000/a1, and doi:10.1000/b2") == ["10.1000/a1", "10.1000/b2"])
    }

    @Test func keepsMalformedDOIsTheParserSkips() {
        #expect(DOILocator.candidates(in: "Roe, “A”, 2020, DOI: 10.123/abc.") == ["10.123/abc"])
        #expect(DOILocator.candidates(in: "Roe, “A”, 2020, doi:10.1000abc") == ["10.1000abc"])
    }

    @Test func ignoresWordsThatMerelyContainDoi() {
        #expect(DOILocator.candidates(in: "Doing AI governance, doing it well, 2020.").isEmpty)
        #expect(DOILocator.candidates(in: "No identifier here.").isEmpty)
    }
}

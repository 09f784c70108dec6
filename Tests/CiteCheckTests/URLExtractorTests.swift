import Testing
@testable import CiteCheck

@Suite struct URLExtractorTests {
    func urls(_ s: String) -> [String] { URLExtractor.find(in: s).map(\.url) }

    @Test func stripsWrappersAndTrailingPunctuation() {
        #expect(urls("见 <https://a.example/x>。") == ["https://a.example/x"])
        #expect(urls("https://a.example/x.htm [2025-03-09]。") == ["https://a.example/x.htm"])
        #expect(urls("https://a.example/x.htm，2024年") == ["https://a.example/x.htm"])
        #expect(urls("(see https://a.example/x).") == ["https://a.example/x"])
        #expect(urls("https://a.example/x.htm[2025-03-09]") == ["https://a.example/x.htm"])
        #expect(urls("https://a.example/x）") == ["https://a.example/x"])
    }

    @Test func keepsPercentEncodingAndBalancedBrackets() {
        #expect(urls("https://e.example/Final%20G7%20statement_%283%29.pdf [2025-04-09].") == ["https://e.example/Final%20G7%20statement_%283%29.pdf"])
        #expect(urls("https://en.wikipedia.org/wiki/Link_rot_(web)") == ["https://en.wikipedia.org/wiki/Link_rot_(web)"])
        #expect(urls("https://docs.example/a?token=zpu&fe=true>") == ["https://docs.example/a?token=zpu&fe=true"])
    }

    @Test func findsSeveral() {
        #expect(urls("A https://a.example/1; B http://b.example/2.") == ["https://a.example/1", "http://b.example/2"])
    }
}

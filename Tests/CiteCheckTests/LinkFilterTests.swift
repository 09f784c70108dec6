import CiteCheck
import Testing

@Suite struct LinkFilterTests {
    @Test func excludesNameTheirRule() throws {
        let filter = LinkFilter(excludes: [try .init(pattern: #"^https?://(www\.)?linkedin\.com"#, origin: "--exclude")])
        #expect(filter.exclusion(of: "https://www.linkedin.com/in/someone") == #"--exclude "^https?://(www\.)?linkedin\.com""#)
        #expect(filter.exclusion(of: "https://example.org/?ref=linkedin.com") == nil)
    }

    @Test func includesWin() throws {
        let filter = LinkFilter(excludes: [try .init(pattern: "un\\.org", origin: "--exclude")],
                                includes: [try .init(pattern: "un\\.org/en/", origin: "--include")])
        #expect(filter.exclusion(of: "https://www.un.org/en/about") == nil)
        #expect(filter.exclusion(of: "https://www.un.org/fr/about") != nil)
        #expect(filter.exclusion(of: "https://who.int/x") == nil)  // excludes given: the rest is checked
        let only = LinkFilter(includes: [try .init(pattern: "who\\.int", origin: "--include")])
        #expect(only.exclusion(of: "https://who.int/x") == nil)
        #expect(only.exclusion(of: "https://www.un.org/x")?.hasPrefix("--include") == true)
        #expect(LinkFilter().exclusion(of: "https://anything") == nil)
    }

    @Test func aBadPatternNamesItsOrigin() {
        #expect(throws: CiteCheckError.self) { try LinkFilter.Rule(pattern: "(unclosed", origin: "--exclude") }
    }
}

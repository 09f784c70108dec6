import Testing
@testable import CiteCheck

@Suite struct AuthorDateCitationScannerTests {
    func scan(_ text: String) -> [String] {
        AuthorDateCitationScanner.scan([Array(text)]).map { "\($0.authors)|\($0.year)" }
    }

    @Test func parentheticalWithSeveralWorksAndLocators() {
        #expect(scan("Rot is common (Klein et al., 2014; Jones et al., 2016a, p. 3).") == ["Klein et al.|2014", "Jones et al.|2016a"])
        #expect(scan("As shown before (see Van de Sompel & Nelson, 2015, 2016b).") == ["Van de Sompel & Nelson|2015", "Van de Sompel & Nelson|2016b"])
        #expect(scan("A dictionary says so (Merriam-Webster, n.d.).") == ["Merriam-Webster|n.d."])
    }

    @Test func narrativeCitations() {
        #expect(scan("As Zittrain et al. (2014) found, half the links were dead.") == ["Zittrain et al.|2014"])
        #expect(scan("Later, Zittrain, Albert, and Lessig (2014, p. 176) proposed Perma.") == ["Zittrain, Albert, and Lessig|2014"])
        #expect(scan("We follow the American Psychological Association (2020).") == ["American Psychological Association|2020"])
        #expect(scan("Work by Van de Sompel and Nelson (2015) shows it.") == ["Van de Sompel and Nelson|2015"])
    }

    @Test func chineseForms() {
        #expect(scan("已有研究指出这一问题(张三, 2020)。") == ["张三|2020"])
        #expect(scan("已有研究指出这一问题（张三，2020；李四等，2019）。") == ["张三|2020", "李四等|2019"])
        #expect(scan("张三(2020)认为网络引文会失效。") == ["张三|2020"])
    }

    @Test func parenthesesThatAreNotCitations() {
        #expect(scan("The sample (N = 2014) was large.").isEmpty)
        #expect(scan("The policy changed (March 2020) and again later.").isEmpty)
        #expect(scan("It rose sharply (from 2019 to 2020).").isEmpty)
        #expect(scan("中国(2020年)的数据。").isEmpty)
        #expect(scan("See the appendix (table 3).").isEmpty)
    }
}

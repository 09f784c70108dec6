import Testing
@testable import CiteCheck

@Test func findsExactSubstringsByteWise() {
    #expect("页面不存在 - 外交部".has("页面不存在"))
    #expect("Page Not Found".lowercased().has("not found"))
    #expect(!"Page Not Found".has("not found"))
    #expect("anything".has(""))
    #expect(!"ab".has("abc"))
}

@Test func findsASCIIIgnoringCase() {
    #expect("DOI: 10.1000/xyz".hasIgnoringASCIICase("doi"))
    #expect("https://Dx.DoI.org/10.1/x".hasIgnoringASCIICase("doi.org"))
    #expect(!"Doing research".hasIgnoringASCIICase("doi:"))
    #expect(!"数字对象标识符".hasIgnoringASCIICase("doi"))
    #expect(!"do".hasIgnoringASCIICase("doi"))
}

import Testing
@testable import CiteCheck

@Test func headerThenBOMThenPageDecides() {
    #expect(PageEncoding.forced(headerCharset: "GBK", bytes: [0xEF, 0xBB, 0xBF]) == "GB18030")
    #expect(PageEncoding.forced(headerCharset: nil, bytes: [0xEF, 0xBB, 0xBF, 0x3C]) == "UTF-8")
    #expect(PageEncoding.forced(headerCharset: nil, bytes: [0xFF, 0xFE, 0x3C, 0x00]) == "UTF-16LE")
    #expect(PageEncoding.forced(headerCharset: nil, bytes: [0xFE, 0xFF, 0x00, 0x3C]) == "UTF-16BE")
    #expect(PageEncoding.forced(headerCharset: nil, bytes: Array("<html>".utf8)) == nil)
    #expect(PageEncoding.forced(headerCharset: "", bytes: Array("<html>".utf8)) == nil)
}

@Test func legacyLabelsWidenToTheirSupersets() {
    #expect(PageEncoding.widened("gb2312") == "GB18030")
    #expect(PageEncoding.widened(" GBK ") == "GB18030")
    #expect(PageEncoding.widened("Big5") == "BIG5-HKSCS")
    #expect(PageEncoding.widened("Shift_JIS") == "CP932")
    #expect(PageEncoding.widened("iso-8859-1") == "WINDOWS-1252")
    #expect(PageEncoding.widened("utf-8") == "utf-8")
    #expect(PageEncoding.widened("KOI8-R") == "KOI8-R")
}

@Test func undeclaredPagesAreGuessed() throws {
    #expect(PageEncoding.guess(Array("<p>plain ascii and ü</p>".utf8)) == nil)
    #expect(PageEncoding.guess(try Fixtures.evidence("gbk-undeclared.html")) == "GB18030")
    // "café" in Latin-1: 0xE9 before a space is not GB18030.
    #expect(PageEncoding.guess([0x63, 0x61, 0x66, 0xE9, 0x20, 0x3C]) == "WINDOWS-1252")
}

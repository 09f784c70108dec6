import Testing
@testable import CiteCheck

private func dict(_ text: String) -> [String: PDFLexer.Value]? {
    var lexer = PDFLexer(Array(text.utf8))
    return lexer.dictionary()
}

@Test func flatDictionaryWithStringsNamesNumbersAndReferences() throws {
    let d = try #require(dict("<< /Title (A \\(b\\) c\\\\) /Type /Info /Count 3 /Parent 12 0 R /Kids [1 0 R 2 0 R] /Sub << /X (y) >> /Hex <4142> >>"))
    #expect(d["Title"] == .string(Array("A (b) c\\".utf8)))
    #expect(d["Type"] == .name("Info"))
    #expect(d["Count"] == .number(3))
    #expect(d["Parent"] == .reference(12, 0))
    #expect(d["Kids"] == .other)
    #expect(d["Sub"] == .other)
    #expect(d["Hex"] == .string([0x41, 0x42]))
}

@Test func literalStringEscapes() throws {
    let d = try #require(dict("<< /T (line\\nnext \\101\\102 (nested) end) >>"))
    #expect(d["T"] == .string(Array("line\nnext AB (nested) end".utf8)))
}

@Test func textEncodings() {
    #expect(PDFLexer.text([0xFE, 0xFF, 0x4E, 0x2D, 0x56, 0xFD]) == "中国")
    #expect(PDFLexer.text([0xEF, 0xBB, 0xBF] + Array("Ünïcode".utf8)) == "Ünïcode")
    #expect(PDFLexer.text([0x43, 0x61, 0x66, 0xE9]) == "Café")
}

@Test func notADictionary() {
    #expect(dict("(just a string)") == nil)
    #expect(dict("<< /Unclosed (x)") == nil)
}

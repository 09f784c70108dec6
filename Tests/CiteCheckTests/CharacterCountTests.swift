import Testing
@testable import CiteCheck

@Suite struct CharacterCountTests {
    @Test(arguments: ["", "plain ASCII line.", "crlf\r\nline", "lone\rcr", "中文，标注①", "e\u{301}cole", "👩‍👩‍👧 family", "tab\tand\u{0}nul"])
    func agreesWithCount(_ text: String) {
        #expect(text.characterCount == text.count)
    }
}

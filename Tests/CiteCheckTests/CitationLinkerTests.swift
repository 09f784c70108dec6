import Testing
@testable import CiteCheck

@Suite struct CitationLinkerTests {
    let linker = CitationLinker(entries: [
        EntryAuthorYear(family: "Jones", year: "2016a"),
        EntryAuthorYear(family: "Jones", year: "2016b"),
        EntryAuthorYear(family: "Van de Sompel", year: "2015"),
        EntryAuthorYear(family: "张三", year: "2020"),
        EntryAuthorYear(family: "World Health Organization", year: "2020"),
    ])

    func link(_ authors: String, _ year: String) -> Int? {
        linker.entry(for: InTextCitation(authors: authors, year: year, paragraph: 0, offset: 0, length: 1))
    }

    @Test func byFirstAuthorAndYearWithItsLetter() {
        #expect(link("Jones et al.", "2016a") == 0)
        #expect(link("Jones et al.", "2016b") == 1)
        #expect(link("Jones", "2016") == nil)
        #expect(link("Van de Sompel & Nelson", "2015") == 2)
        #expect(link("Nelson & Van de Sompel", "2015") == nil)
        #expect(link("张三等", "2020") == 3)
        #expect(link("正如张三", "2020") == 3)
        #expect(link("李四", "2020") == nil)
    }

    @Test func aCorporateAuthorByItsAbbreviation() {
        #expect(link("WHO", "2020") == 4)
        #expect(link("World Health Organization [WHO]", "2020") == 4)
        #expect(link("WHO", "2021") == nil)
    }
}

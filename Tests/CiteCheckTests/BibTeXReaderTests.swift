import Foundation
import Testing
@testable import CiteCheck

@Suite struct BibTeXReaderTests {
    private func entries() throws -> [SourceNote] {
        let path = FormatFixtures.path("references.bib")
        return try BibTeXReader().read(text: TextFileReader().read(path: path).text, path: path).notes
    }

    @Test func eachEntryIsANoteLabelledByItsKey() throws {
        #expect(try entries().map(\.label) == ["un2024capacity", "kerry2024should", "schmitt2022mapping", "mueller2019"])
    }

    @Test func onlineEntryWithUrlAndUrldate() throws {
        let t = try #require(try entries()[0].tagged)
        #expect(t.title == "加强人工智能能力建设方面的国际合作")
        #expect(t.container == "联合国网站")
        #expect(t.authors == ["United Nations General Assembly"])
        #expect(t.date?.description == "2024-07-01")
        #expect(t.accessed?.description == "2025-03-20")
        #expect(t.urls == ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"])
        #expect(t.number == "A/RES/78/311")
        #expect(t.issue == nil)
    }

    @Test func stringMacrosMonthMacrosAndQuotedValues() throws {
        let note = try entries()[1]
        let t = try #require(note.tagged)
        #expect(t.title == "Should the UN Govern Global AI?")
        #expect(t.container == "The Brookings Institution")
        #expect(t.authors == ["Cameron F. Kerry"])
        #expect(t.date?.description == "2024-02-26")
        #expect(t.accessed?.description == "2025-04-14")
        #expect(note.text == "Cameron F. Kerry, “Should the UN Govern Global AI?”, The Brookings Institution, 2024-02-26, https://www.brookings.edu/articles/should-the-un-govern-global-ai/, accessed 2025-04-14.")
    }

    @Test func articleWithDoiPagesAndVolume() throws {
        let t = try #require(try entries()[2].tagged)
        #expect(t.container == "AI and Ethics")
        #expect(t.title == "Mapping Global AI Governance: A Nascent Regime in a Fragmented Landscape")
        #expect(t.volume == "2")
        #expect(t.pages == "303-314")
        #expect(t.doi == "10.1007/s43681-021-00083-y")
        #expect(t.date?.description == "2022")
        #expect(t.urls.isEmpty)
    }

    @Test func latexAccentsAndEscapes() throws {
        let t = try #require(try entries()[3].tagged)
        #expect(t.authors == ["Jörg Müller", "Ana García"])
        #expect(t.title == "Governance & Technology")
        #expect(t.container == "Springer")
    }

    @Test func addressesAreNotTreatedAsLaTeX() throws {
        let text = #"@misc{a, title = {Home~page}, url = {https://example.org/~user/a%20b_c}, howpublished = {\url{https://example.org/~x}}}"#
        let note = try #require(try BibTeXReader().read(text: text, path: "x.bib").notes.first)
        #expect(note.tagged?.title == "Home page")
        #expect(note.links == ["https://example.org/~user/a%20b_c", "https://example.org/~x"])
    }

    @Test func syntaxErrorsNameTheLine() throws {
        let text = "@article{a,\n  title = {Unclosed,\n  year = 2020\n"
        let error = #expect(throws: CiteCheckError.self) { try BibTeXReader().read(text: text, path: "x.bib") }
        #expect(error?.description.hasPrefix("x.bib: BibTeX syntax error at line") == true)
    }

    @Test func parenthesisedEntriesAndConcatenation() throws {
        let text = "@string(site = \"Example\")\n@misc(key1, title = \"Part \" # \"two\", howpublished = site # \" Blog\", url = \"https://e.org/x\")"
        let notes = try BibTeXReader().read(text: text, path: "x.bib").notes
        #expect(notes.count == 1)
        #expect(notes[0].tagged?.title == "Part two")
        #expect(notes[0].tagged?.container == "Example Blog")
        #expect(notes[0].links == ["https://e.org/x"])
    }
}

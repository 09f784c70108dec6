import Foundation
import Testing
@testable import CiteCheck

@Suite struct RISReaderTests {
    private func records() throws -> [SourceNote] {
        let path = FormatFixtures.path("references.ris")
        return try RISReader().read(text: TextFileReader().read(path: path).text, path: path).notes
    }

    @Test func recordsWithAccessDatesFromY2() throws {
        let notes = try records()
        #expect(notes.map(\.label) == ["un2024capacity", "2", "3"])
        let un = try #require(notes[0].tagged)
        #expect(un.title == "加强人工智能能力建设方面的国际合作")
        #expect(un.container == "联合国网站")
        #expect(un.date?.description == "2024-07-01")
        #expect(un.accessed?.description == "2025-03-20")
        #expect(un.urls == ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"])
    }

    @Test func continuationLinesAndInvertedNames() throws {
        let kerry = try #require(try records()[1].tagged)
        #expect(kerry.title == "Should the UN Govern Global AI?")
        #expect(kerry.authors == ["Cameron F. Kerry"])
        #expect(kerry.accessed?.description == "2025-04-14")
    }

    @Test func journalArticle() throws {
        let t = try #require(try records()[2].tagged)
        #expect(t.container == "AI and Ethics")
        #expect(t.pages == "303-314")
        #expect(t.doi == "10.1007/s43681-021-00083-y")
        #expect(t.volume == "2")
    }

    @Test func fileWithoutRecords() throws {
        #expect(throws: CiteCheckError(.input, file: "x.ris", "RIS file without records (no \"TY  - \" lines)")) {
            try RISReader().read(text: "AU  - Nobody\n", path: "x.ris")
        }
    }
}

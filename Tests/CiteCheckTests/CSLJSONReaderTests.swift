import Foundation
import Testing
@testable import CiteCheck

@Suite struct CSLJSONReaderTests {
    private func items() throws -> [SourceNote] {
        let path = FormatFixtures.path("references.csl.json")
        return try CSLJSONReader().read(bytes: DocumentReader.bytes(path: path), path: path).notes
    }

    @Test func itemsWithDatePartsRawDatesAndPeople() throws {
        let notes = try items()
        #expect(notes.map(\.label) == ["un2024capacity", "kerry2024should", "schmitt2022mapping"])
        let un = try #require(notes[0].tagged)
        #expect(un.date?.description == "2024-07-01")
        #expect(un.accessed?.description == "2025-03-20")  // date-parts given as strings
        #expect(un.container == "联合国网站")
        #expect(un.number == "A/RES/78/311")
        let kerry = try #require(notes[1].tagged)
        #expect(kerry.authors == ["Cameron F. Kerry"])
        #expect(kerry.date?.description == "2024-02-26")
        #expect(kerry.urls == ["https://www.brookings.edu/articles/should-the-un-govern-global-ai/"])
        let schmitt = try #require(notes[2].tagged)
        #expect(schmitt.doi == "10.1007/s43681-021-00083-y")
        #expect(schmitt.pages == "303-314")
        #expect(schmitt.date?.description == "2022")
    }

    @Test func invalidJSONIsOneLine() throws {
        let error = #expect(throws: CiteCheckError.self) { try CSLJSONReader().read(bytes: Array("[{\"title\": ".utf8), path: "x.json") }
        #expect(error?.description.hasPrefix("x.json: not valid JSON") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func jsonThatIsNotCSL() throws {
        #expect(throws: CiteCheckError(.input, file: "x.json", "JSON but not CSL-JSON: no items with a title, URL or DOI")) {
            try CSLJSONReader().read(bytes: Array("[{\"name\": 1}]".utf8), path: "x.json")
        }
    }
}

@Suite struct CSLJSONItemCountTests {
    @Test func itemsAreCountedWithoutParsing() {
        let array = #"[{"id":"a","author":[{"family":"X"}],"issued":{"date-parts":[[2020]]}},{"id":"b","title":"a { [ \" } title"}]"#
        #expect(CSLJSONReader.itemCount(Array(array.utf8)) == 2)
        let wrapped = #"{"items":[{"id":"a","issued":{"raw":"2020"}},{"id":"b"},{"id":"c"}]}"#
        #expect(CSLJSONReader.itemCount(Array(wrapped.utf8)) == 3)
        #expect(CSLJSONReader.itemCount(Array(#"{"id":"one","title":"T"}"#.utf8)) == 0)
        #expect(CSLJSONReader.itemCount(Array("[{\"id\":".utf8)) == 1)  // truncated: counts what opened
    }
}

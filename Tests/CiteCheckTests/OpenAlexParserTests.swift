import Foundation
import Testing
@testable import CiteCheck

@Suite struct OpenAlexParserTests {
    @Test func aListOfWorks() throws {
        let works = try OpenAlexParser.list(Fixtures.data("works/openalex-list.json"))
        #expect(works.count == 2)
        #expect(works[0].title == "Attention Is All You Need" && works[0].year == 2017 && works[0].doi == nil)
        #expect(works[0].authors.first?.family == "Vaswani" && works[0].authors.first?.given == "Ashish")
        #expect(works[0].container == "Neural Information Processing Systems" && works[0].isRetracted == false)
        #expect(works[0].score == 1654.2)
        // The DOI as a bare DOI, the flag, a Chinese name kept whole, a location without a source.
        #expect(works[1].doi == "10.1016/S0140-6736(97)11096-0" && works[1].isRetracted == true)
        #expect(works[1].authors.first?.name == "贾开" && works[1].container == nil)
    }

    @Test func answersWithoutResultsAreErrors() {
        #expect(throws: DOIResponseError("openalex", "no results array")) { try OpenAlexParser.list(Data(#"{"meta":{}}"#.utf8)) }
        #expect(throws: DOIResponseError.self) { try OpenAlexParser.list(Data("<html>".utf8)) }
        #expect(throws: DOIResponseError("openalex", "not a work")) { try OpenAlexParser.work(Data(#"{"error":"Not found"}"#.utf8)) }
    }
}

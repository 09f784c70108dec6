import Foundation
import Testing
@testable import CiteCheck

@Suite struct DataCiteParserTests {
    @Test func work() throws {
        let w = try DataCiteParser.work(Fixtures.data("doi/datacite-work.json"))
        #expect(w.doi == "10.5281/zenodo.7654321")
        #expect(w.title == "AI incident dataset, 2015-2023")
        #expect(w.year == 2023)
        // An empty container falls back to the publisher.
        #expect(w.container == "Zenodo")
        #expect(w.authors.map(\.display) == ["Jane Doe", "Global AI Observatory"])
        #expect(w.authors.first?.family == "Doe")
    }

    @Test func malformedAnswersAreErrors() {
        #expect(throws: DOIResponseError.self) { try DataCiteParser.work(Fixtures.data("doi/malformed.json")) }
        #expect(throws: DOIResponseError("datacite", "no data.attributes object")) {
            try DataCiteParser.work(Data(#"{"errors":[{"status":"404","title":"The resource you are looking for doesn't exist."}]}"#.utf8))
        }
    }
}

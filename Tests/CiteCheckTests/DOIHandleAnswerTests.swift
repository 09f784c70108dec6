import Testing
@testable import CiteCheck

@Suite struct DOIHandleAnswerTests {
    @Test func registeredWithURL() throws {
        let a = try DOIHandleAnswer.parse(Fixtures.data("doi/handle-registered.json"))
        #expect(a.responseCode == 1 && a.isRegistered && !a.isNotFound)
        #expect(a.url == "https://www.crossref.org/xml-samples/")
    }

    @Test func notFound() throws {
        let a = try DOIHandleAnswer.parse(Fixtures.data("doi/handle-not-found.json"))
        #expect(a.responseCode == 100 && a.isNotFound && !a.isRegistered && a.url == nil)
    }

    @Test func handleWithoutURLIsStillRegistered() throws {
        let a = try DOIHandleAnswer.parse(Fixtures.data("doi/handle-no-url.json"))
        #expect(a.responseCode == 200 && a.isRegistered && a.url == nil)
    }

    @Test func malformedAnswersAreErrorsNotCrashes() throws {
        #expect(throws: DOIResponseError.self) { try DOIHandleAnswer.parse(Fixtures.data("doi/malformed.json")) }
        #expect(throws: DOIResponseError.self) { try DOIHandleAnswer.parse(Fixtures.data("doi/not-json.html")) }
        #expect(throws: DOIResponseError("handle", "no responseCode")) { try DOIHandleAnswer.parse(Data("{}".utf8)) }
        #expect(throws: DOIResponseError("handle", "expected a JSON object")) { try DOIHandleAnswer.parse(Data("[1]".utf8)) }
    }
}

import Foundation

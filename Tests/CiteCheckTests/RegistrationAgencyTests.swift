import Foundation
import Testing
@testable import CiteCheck

@Suite struct RegistrationAgencyTests {
    @Test func readsTheAgency() throws {
        let crossref = try RegistrationAgency.parse(Fixtures.data("doi/ra-crossref.json"))
        #expect(crossref == .crossref && crossref?.hasOpenMetadata == true)
        let cnki = try #require(try RegistrationAgency.parse(Fixtures.data("doi/ra-cnki.json")))
        #expect(cnki.name == "CNKI" && !cnki.hasOpenMetadata)
        #expect(RegistrationAgency("DataCite").isDataCite && RegistrationAgency("datacite").hasOpenMetadata)
    }

    @Test func noAgencyForUnknownPrefixes() throws {
        #expect(try RegistrationAgency.parse(Fixtures.data("doi/ra-unknown.json")) == nil)
    }

    @Test func malformedIsAnError() {
        #expect(throws: DOIResponseError.self) { try RegistrationAgency.parse(Fixtures.data("doi/malformed.json")) }
        #expect(throws: DOIResponseError("agency", "expected a JSON array")) { try RegistrationAgency.parse(Data("{}".utf8)) }
    }
}

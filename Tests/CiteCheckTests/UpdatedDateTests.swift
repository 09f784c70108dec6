import Testing
@testable import CiteCheck

@Suite struct UpdatedDateTests {
    func parse(_ text: String) -> Reference? {
        ReferenceParser().parse(note: Note(index: 1, label: "1", kind: .citation, text: text), firstID: 1).first
    }

    @Test func chicagoLastModifiedIsTheUpdateDate() throws {
        let r = try #require(parse("\"Privacy Policy,\" Privacy & Terms, Google, last modified April 17, 2017, https://www.google.com/policies/privacy/."))
        #expect(r.updated?.description == "2017-04-17")
        #expect(r.urls == ["https://www.google.com/policies/privacy/"])
    }

    @Test func updatedInOtherWordings() throws {
        let mla = try #require(parse("“Climate Change Indicators.” United States Environmental Protection Agency, updated 3 Mar. 2025, https://www.epa.gov/climate-indicators."))
        #expect(mla.updated?.description == "2025-03-03")
        let iso = try #require(parse("World Health Organization. (2024). Fact sheet (last updated: 2024-05-01). https://www.who.int/fact"))
        #expect(iso.updated?.description == "2024-05-01")
    }

    @Test func noUpdateWithoutThePhrase() throws {
        let r = try #require(parse("Manjoo, Farhad. “Snap Makes a Bet.” New York Times, March 8, 2017. https://www.nytimes.com/2017/03/08/snap.html."))
        #expect(r.updated == nil)
        #expect(r.date?.description == "2017-03-08")
        // "unmodified" is no update.
        let u = try #require(parse("Smith, J. “An Unmodified March 3, 2020 Copy.” Archive, 2021. https://example.org/a."))
        #expect(u.updated == nil)
    }
}

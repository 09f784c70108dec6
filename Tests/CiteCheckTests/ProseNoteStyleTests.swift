import Testing
@testable import CiteCheck

@Suite struct ProseNoteStyleTests {
    func parse(_ text: String) -> Reference? {
        ReferenceParser().parse(note: Note(index: 1, label: "1", kind: .citation, text: text), firstID: 1).first
    }

    @Test func documentAdoptionAndAccessInProse() throws {
        let r = try #require(parse("The Bletchley Declaration by Countries Attending the AI Safety Summit, adopted on 1 November 2023, was accessed on 3 March 2025 through the government's website."))
        #expect(r.title == "Bletchley Declaration by Countries Attending the AI Safety Summit")
        #expect(r.date?.description == "2023-11-01")
        #expect(r.accessed?.description == "2025-03-03")
    }

    @Test func proseWithoutAnAdoptedDocumentStaysAComment() {
        #expect(parse("The committee met again in March 2023 and adopted no text; see the discussion above.") == nil)
    }
}

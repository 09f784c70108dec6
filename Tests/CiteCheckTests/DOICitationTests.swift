import Testing
@testable import CiteCheck

@Suite struct DOICitationTests {
    @Test func collectsFromHeaderNotesAndPages() {
        let refs = [
            Reference(id: "r1", note: 1, label: "1", doi: "10.1000/abc", raw: "Roe, “A”, 2020, https://doi.org/10.1000/ABC."),
            Reference(id: "r2", note: 2, label: "2", raw: "Poe, “B”, 2021, DOI: 10.123/bad."),
            Reference(id: "r3", note: 3, label: "3", raw: "《无 DOI》，2022。"),
        ]
        let found = DOICitation.collect(references: refs, paper: PaperMetadata(doi: "10.19780/j.cnki.ytaq.2026.3.7"),
                                        pageDOIs: [(reference: "r3", doi: "10.5555/page.1")])
        #expect(found == [
            DOICitation(text: "10.19780/j.cnki.ytaq.2026.3.7", reference: nil, source: .paper),
            // The URL form of the same DOI (other case) is not a second citation.
            DOICitation(text: "10.1000/abc", reference: "r1", source: .note),
            DOICitation(text: "10.123/bad", reference: "r2", source: .note),
            DOICitation(text: "10.5555/page.1", reference: "r3", source: .page),
        ])
    }
}

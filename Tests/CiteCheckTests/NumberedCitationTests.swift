import Testing
@testable import CiteCheck

@Suite struct NumberedCitationTests {
    @Test func singleRangesAndLists() {
        #expect(NumberedCitation.labels("3") == ["3"])
        #expect(NumberedCitation.labels("2–5") == ["2", "3", "4", "5"])
        #expect(NumberedCitation.labels("2, 4, 7-8") == ["2", "4", "7", "8"])
    }

    @Test func bracketsThatAreNotCitations() {
        #expect(NumberedCitation.labels("J") == nil)
        #expect(NumberedCitation.labels("EB/OL") == nil)
        #expect(NumberedCitation.labels("5–2") == nil)
        #expect(NumberedCitation.labels("1-999") == nil)
        #expect(NumberedCitation.labels("") == nil)
    }
}

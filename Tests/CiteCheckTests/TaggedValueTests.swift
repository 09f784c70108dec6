import Testing
@testable import CiteCheck

@Suite struct TaggedValueTests {
    @Test func datesInTheSpellingsFormatsUse() {
        #expect(TaggedValue.date("2024")?.description == "2024")
        #expect(TaggedValue.date("2024-03")?.description == "2024-03")
        #expect(TaggedValue.date("2024-03-21")?.description == "2024-03-21")
        #expect(TaggedValue.date("2024/03/21/")?.description == "2024-03-21")
        #expect(TaggedValue.date("2025/03/20/08:15:00")?.description == "2025-03-20")
        #expect(TaggedValue.date("2024-03-21T10:00:00Z")?.description == "2024-03-21")
        #expect(TaggedValue.date("2024年3月21日")?.description == "2024-03-21")
        #expect(TaggedValue.date("March 3, 2025")?.description == "2025-03-03")
        #expect(TaggedValue.date("cited 2025 Apr 14")?.description == "2025-04-14")
        #expect(TaggedValue.date("Sept. 2024")?.description == "2024-09")
        #expect(TaggedValue.date("2024-02-30")?.description == "2024-02")
        #expect(TaggedValue.date("n.d.") == nil)
        #expect(TaggedValue.date("") == nil)
    }

    @Test func doisWithoutTheirPrefixes() {
        #expect(TaggedValue.doi("https://doi.org/10.1007/s43681-021-00083-y") == "10.1007/s43681-021-00083-y")
        #expect(TaggedValue.doi("doi:10.1000/xyz") == "10.1000/xyz")
        #expect(TaggedValue.doi(" 10.1000/xyz ") == "10.1000/xyz")
        #expect(TaggedValue.doi("not a doi") == nil)
        // Springer Nature encodes the slash in its reference links.
        #expect(TaggedValue.doi("https://doi.org/10.1038%2Fs41586-019-1666-5") == "10.1038/s41586-019-1666-5")
    }

    @Test func people() {
        #expect(TaggedValue.person(family: "Kerry", given: "Cameron F.") == "Cameron F. Kerry")
        #expect(TaggedValue.person(family: nil, given: nil, literal: "United Nations") == "United Nations")
        #expect(TaggedValue.person(family: "阎德学", given: nil) == "阎德学")
        #expect(TaggedValue.person(family: " ", given: nil) == nil)
    }
}

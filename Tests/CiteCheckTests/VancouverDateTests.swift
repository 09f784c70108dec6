import Testing
@testable import CiteCheck

@Suite struct VancouverDateTests {
    func date(_ s: String) -> String? { VancouverDate.find(in: Array(s.unicodeScalars))?.date.description }

    @Test func spacedAndRunTogether() {
        #expect(date("Research Policy. 2019 Apr 5;15(4):171–84.") == "2019-04-05")
        #expect(date("Research Policy. 2019Apr;15(4):171–84.") == "2019-04")
        #expect(date("Financial Times. 2022Apr5:2.") == "2022-04-05")
        #expect(date("Geneva: ISO; 2021 Sep.") == "2021-09")
    }

    @Test func aYearAloneIsNoVancouverDate() {
        #expect(date("New Haven: Yale University Press; 2020.") == nil)
        #expect(date("pp. 2019-2020") == nil)
    }
}

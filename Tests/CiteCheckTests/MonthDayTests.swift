import Testing
@testable import CiteCheck

@Suite struct MonthDayTests {
    func complete(_ tail: String) -> String {
        MonthDay.complete(PartialDate(year: 2022)!, from: Array(tail.unicodeScalars)).description
    }

    @Test func monthAndDayWithoutTheYear() {
        #expect(complete(". Financial Times, April 5. Edition.") == "2022-04-05")
        #expect(complete(", Financial Times, 5 April, p. 2.") == "2022-04-05")
        #expect(complete(". GitHub, released October.") == "2022-10")
    }

    @Test func nothingToAdd() {
        #expect(complete(". Research Policy 15 (4): 171–84.") == "2022")
        #expect(complete(", may be cited.") == "2022")
    }
}

import Testing
@testable import CiteCheck

@Suite struct ISBNLocatorTests {
    @Test func labelledNumbersAsWritten() {
        #expect(ISBNLocator.candidates(in: "Cathy O'Neil, *Weapons*, Crown, 2016, ISBN 978-0-553-41881-1.") == ["978-0-553-41881-1"])
        #expect(ISBNLocator.candidates(in: "Press, 2009. ISBN-10: 0-262-03384-4 (paperback); ISBN-13: 978-0-262-03384-8")
                == ["0-262-03384-4", "978-0-262-03384-8"])
        #expect(ISBNLocator.candidates(in: "北京大学出版社，2008，ISBN：9787301123456。") == ["9787301123456"])
    }

    @Test func noLabelNoNumber() {
        #expect(ISBNLocator.candidates(in: "Vol. 978, pp. 0-262") == [])
        #expect(ISBNLocator.candidates(in: "MISBN 9780134610993") == [])
        #expect(ISBNLocator.candidates(in: "ISBN pending") == [])
    }
}

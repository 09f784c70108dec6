import Testing
@testable import CiteCheck

@Suite struct ISBNTests {
    @Test func validISBNsInEveryWrittenForm() throws {
        #expect(ISBN("978-0-13-461099-3")?.digits == "9780134610993")
        #expect(ISBN("ISBN-13: 9780553418811")?.digits == "9780553418811")
        #expect(ISBN("ISBN 978-7-301-12345-4")?.digits == "9787301123454")
        #expect(ISBN("0-262-03384-4")?.digits == "0262033844")
        #expect(ISBN("ISBN：080442957X")?.digits == "080442957X")
        #expect(ISBN("0-262-03384-4")?.isbn13 == "9780262033848")
    }

    @Test func aWrongCheckDigitIsReportedWithTheDigitTheOthersCallFor() throws {
        guard case .failure(let problem) = ISBN.parse("978-1-4798-3724-8") else { Issue.record("accepted"); return }
        #expect(problem.reason == "its check digit is 8, but the first twelve digits give 3")
        #expect(problem.corrected == "9781479837243" && !problem.checksumValid)
        guard case .failure(let ten) = ISBN.parse("0-262-03384-5") else { Issue.record("accepted"); return }
        #expect(ten.corrected == "0262033844")
    }

    @Test func malformedNumbers() {
        for bad in ["978-0-13-46109", "979X", "12345678901234", "978-0-13-461099-3a", "0-262-0338X-4", "123-4-56789-012-3"] {
            #expect(ISBN(bad) == nil, "\(bad)")
        }
    }

    @Test func hyphenationMustGiveWholeParts() {
        // Right digits, wrong parts: a group that does not exist, too many parts, a two-digit check part.
        guard case .failure(let group) = ISBN.parse("978-73-01-12345-4") else { Issue.record("accepted"); return }
        #expect(group.checksumValid && group.reason.contains("registration group \"73\""))
        guard case .failure(let parts) = ISBN.parse("978-0-13-4610-99-3") else { Issue.record("accepted"); return }
        #expect(parts.reason.contains("6 parts"))
        #expect(ISBN("978-0-1346-1099-3") != nil)  // a registrant split differently is not checked
        #expect(ISBN.isGroup("7", prefix: "978") && ISBN.isGroup("99901", prefix: "978") && !ISBN.isGroup("64", prefix: "978"))
        #expect(ISBN.isGroup("8", prefix: "979") && ISBN.isGroup("11", prefix: "979") && !ISBN.isGroup("9", prefix: "979"))
    }
}

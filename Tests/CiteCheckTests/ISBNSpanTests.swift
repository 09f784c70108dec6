import Testing
@testable import CiteCheck

@Suite struct ISBNSpanTests {
    func parse(_ text: String) -> Reference? {
        ReferenceParser().parse(note: Note(index: 1, label: "1", kind: .citation, text: text), firstID: 1).first
    }

    @Test func isbnDigitsAreNeverTheDate() throws {
        let r = try #require(parse("Lessig, Lawrence. Remix. New York: Penguin Press, 2008. ISBN 978-0-2015-3082-7."))
        #expect(r.date?.description == "2008")
        // Without the blanking "2015-03-12" inside the ISBN would be read as a day.
        let noYear = try #require(parse("Lessig, Lawrence. Remix. New York: Penguin Press. ISBN-10: 7-2015-03-12-X. https://example.org/remix."))
        #expect(noYear.date == nil)
    }

    @Test func spansCoverTenAndThirteenDigitForms() {
        let w = Array("See ISBN 978-0-2015-3082-7 and ISBN 0-19-852663-X; not ISBN 12-34.".unicodeScalars)
        let spans = ISBNSpan.find(in: w)
        #expect(spans.map { String(scalars: w[$0]) } == ["ISBN 978-0-2015-3082-7", "ISBN 0-19-852663-X"])
    }
}

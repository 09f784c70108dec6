import Testing
@testable import CiteCheck

@Suite struct CitationDateTests {
    @Test(arguments: [
        ("Retrieved 2024-03-21, from https://example.org", "2024-3-21"),
        ("Beijing: 2024.03.21.", "2024-3-21"),
        ("Posted 2024/3/1 by the editors", "2024-3-1"),
        ("United Nations. (2024-09-19)[2025-03-09].", "2024-9-19"),
        ("国际电信联盟. 报告[R/OL]. (2025-07)", "2025-7"),
    ])
    func isoDatesAreRead(_ text: String, _ expected: String) throws {
        let found = try #require(CitationDate.iso(in: text))
        let d = found.date
        let parts: [String] = [d.year, d.month, d.day].compactMap { $0.map { String($0) } }
        let printed = parts.joined(separator: "-")
        #expect(printed == expected)
        #expect(text[found.range].first?.isNumber == true)
    }

    @Test(arguments: ["pp. 1998-2010", "Oxford University Press, 2019.", "vol. 12-3, no. 4", "2024 - 03", "", "ISBN 978-0-19"])
    func noISODateWhereNoneIsPrinted(_ text: String) {
        #expect(CitationDate.iso(in: text) == nil)
    }

    /// The guard may only skip texts the regexes would not match: every shape they take passes it.
    @Test(arguments: ["2024-03-21", "x2024.3.1y", "1999/12/31", "2025-07", "１２３４-５６", "٢٠٢٤-٠٣"])
    func theShapeGuardLetsEveryISOShapeThrough(_ text: String) {
        #expect(CitationDate.hasISOShape(text))
    }

    @Test(arguments: ["2024 -03", "202-03-01", "2024-", "-2024", "2024年3月"])
    func theShapeGuardRefusesTextsWithoutOne(_ text: String) {
        #expect(!CitationDate.hasISOShape(text))
    }
}

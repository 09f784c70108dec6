import Testing
@testable import CiteCheck

@Suite struct UnnumberedListParserTests {
    func parse(_ text: String) -> (notes: [Note], references: [Reference], findings: [Finding])? {
        UnnumberedListParser(parser: ReferenceParser()).parse(FootnoteSegmenter.lines(text))
    }

    @Test func entriesBecomeCitationNotesWithTheirCitingSentences() throws {
        let result = try #require(parse("""
        Rot is common (Klein et al., 2014). Drift too (Jones, 2016b; Smith, 2019).

        张三(2020)认为网络引文会失效。

        References

        Jones, S. M. (2016b). Content drift in web citations. Journal of Web Studies, 4(2), 10–20.

        Klein, M., & Tobin, R. (2014). Scholarly context not found. PLOS ONE, 9(12), e115253.

        Lessig, L. (2006). Code: Version 2.0. Basic Books.

        张三, 李四. 2020. 网络引文失效研究[J]. 中国社会科学, 2020(3): 1-10.
        """))
        #expect(result.notes.map(\.index) == [1, 2, 3, 4])
        #expect(result.notes.allSatisfy { $0.label.isEmpty && $0.kind == .citation })
        #expect(result.notes.map(\.context) == [
            "Drift too (Jones, 2016b; Smith, 2019).", "Rot is common (Klein et al., 2014).", nil, "张三(2020)认为网络引文会失效。",
        ])
        #expect(result.references.map(\.id) == ["r1", "r2", "r3", "r4"])
        #expect(result.references.map(\.note) == [1, 2, 3, 4])
        #expect(result.findings.map(\.kind) == [.missingReference, .uncitedReference])
        #expect(result.findings[0].reference == nil && result.findings[0].severity == .error)
        #expect(result.findings[0].message.contains("Smith, 2019"))
        #expect(result.findings[1].reference == "r3" && result.findings[1].severity == .warning)
        #expect(result.findings[1].message.hasPrefix("Lessig (2006)"))
    }

    @Test func aListNobodyCitesByAuthorAndYearRaisesNoUncitedFlood() throws {
        let result = try #require(parse("""
        Rot is common (Klein et al. e115253).

        Works Cited

        Klein, Martin, et al. "Scholarly Context Not Found." PLOS ONE, vol. 9, no. 12, 2014, p. e115253.
        """))
        #expect(result.notes.count == 1)
        #expect(result.findings.isEmpty)
    }

    @Test func noHeadingNoList() {
        #expect(parse("Rot is common (Klein et al., 2014).\n\nKlein, M. (2014). Title.\n") == nil)
    }

    @Test func entriesAndUncitedOrMissingCitationsCarryTheirLines() throws {
        let result = try #require(parse("""
        # Reference rot

        Rot is common (Klein et al., 2014). Drift is rarer
        than it seems (Jones, 2016).

        ## References

        Klein, M., & Tobin, R. (2014). Scholarly context not found.
          PLOS ONE, 9(12), e115253.
        Lessig, L. (2006). Code: Version 2.0. Basic Books.
        """))
        #expect(result.notes.map { $0.source?.line } == [8, 10])
        #expect(result.notes.map { $0.source?.column } == [1, 1])
        #expect(result.references.map { $0.source?.line } == [8, 10])
        // The citation with no entry names its own line and column; the uncited entry its entry's line.
        let missing = try #require(result.findings.first { $0.kind == .missingReference })
        #expect(missing.source?.line == 4)
        #expect(missing.source?.column == 15)
        #expect(result.findings.first { $0.kind == .uncitedReference }?.source?.line == 10)
    }
}

import Testing
@testable import CiteCheck

@Suite struct NumberedListCitationsTests {
    static let paper = """
        # Reference rot in numbers

        Links rot [1]. Some drift
          as well [3], and a few [2] move.

        ## References

        [1] Klein M, Van de Sompel H. Scholarly context not found. PLoS One. 2014;9(12):e115253.
        [2] Zittrain J, Albert K, Lessig L. Perma: scoping and addressing the problem of link rot. Harv Law Rev. 2014;127:176.
        [4] Jones SM. Content drift. J Web Stud. 2016;4(2):10-20.
        """

    @Test func aCitationWithoutAnEntryNamesItsLineAndColumn() throws {
        let parsed = try PaperParser().parse(PaperText(path: "paper.md", text: Self.paper, encoding: "UTF-8"))
        let missing = try #require(parsed.findings.first { $0.kind == .missingReference })
        #expect(missing.message.contains("[3]"))
        #expect(missing.source == PaperLocation(file: "paper.md", line: 4, column: 11))
        // The entry never cited is placed on its own line.
        let uncited = try #require(parsed.findings.first { $0.kind == .uncitedReference })
        #expect(uncited.source?.file == "paper.md" && uncited.source?.line == 10)
    }
}

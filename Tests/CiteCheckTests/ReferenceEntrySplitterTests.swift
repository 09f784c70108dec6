import Testing
@testable import CiteCheck

@Suite struct ReferenceEntrySplitterTests {
    func split(_ text: String) -> [String] {
        ReferenceEntrySplitter.split(FootnoteSegmenter.lines(text)[...])
    }

    @Test func onePerParagraphWithWrappedLinesJoined() {
        let entries = split("""
        Klein, M., Van de Sompel, H., & Tobin, R. (2014). Scholarly context not found: One in five articles
        suffers from reference rot. PLOS ONE, 9(12), e115253.

        Lessig, L. (2006). Code: Version 2.0. Basic Books.
        """)
        #expect(entries == [
            "Klein, M., Van de Sompel, H., & Tobin, R. (2014). Scholarly context not found: One in five articles suffers from reference rot. PLOS ONE, 9(12), e115253.",
            "Lessig, L. (2006). Code: Version 2.0. Basic Books.",
        ])
    }

    @Test func hangingIndentWithoutBlankLines() {
        let entries = split("""
        Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). Emotions in storybooks: A
            comparison of storybooks that represent ethnic and racial groups in the United States.
            Psychology of Popular Media Culture, 8(3), 207–217. https://doi.org/10.1037/ppm0000185
        Jackson, L. M. (2019). The psychology of prejudice: From attitudes to social action (2nd ed.).
            American Psychological Association. https://doi.org/10.1037/0000168-000
        """)
        #expect(entries.count == 2)
        #expect(entries[0].hasSuffix("207–217. https://doi.org/10.1037/ppm0000185"))
        #expect(entries[1].hasPrefix("Jackson, L. M. (2019)."))
    }

    @Test func flushLeftWrapsSplitOnlyWhereAnAuthorStartsAfterAFinishedEntry() {
        // "PLOS ONE, 11(12)" follows a full stop but is the journal, not an author; "United Nations."
        // and "张三, 李四." are authors.
        let entries = split("""
        Jones, S. M., Van de Sompel, H., & Klein, M. (2016). Scholarly context adrift: Three out of four URI references lead to changed content.
        PLOS ONE, 11(12), e0167475.
        United Nations. (2024). Governing AI for humanity: Final report. United Nations.
        张三, 李四. 2020. 网络引文失效研究[J].
        中国社会科学, 2020(3): 1-10.
        Zittrain, Jonathan, Kendra Albert, and Lawrence Lessig. 2014. “Perma.” Harvard Law Review Forum 127: 176–99.
        """)
        #expect(entries.count == 4)
        #expect(entries[0].hasSuffix("changed content. PLOS ONE, 11(12), e0167475."))
        #expect(entries[1].hasPrefix("United Nations. (2024)."))
        #expect(entries[2] == "张三, 李四. 2020. 网络引文失效研究[J].中国社会科学, 2020(3): 1-10.")
        #expect(entries[3].hasPrefix("Zittrain, Jonathan"))
    }

    @Test func bulletsAndRepeatedAuthorDashesStartEntries() {
        let entries = split("""
        - Lessig, Lawrence. 2006. Code: Version 2.0. New York: Basic Books.
        - ———. 2008. Remix. New York: Penguin Press.
        """)
        #expect(entries == ["Lessig, Lawrence. 2006. Code: Version 2.0. New York: Basic Books.",
                            "———. 2008. Remix. New York: Penguin Press."])
    }
}

extension ReferenceEntrySplitterTests {
    @Test func subHeadingsAreNoEntries() {
        #expect(split("### Primary sources\nKlein, M. (2014). Title.\n### Secondary sources\nJones, S. (2016). Title.\n")
            == ["Klein, M. (2014). Title.", "Jones, S. (2016). Title."])
    }
}

import Testing
@testable import CiteCheck

@Suite struct ReferenceListFinderTests {
    @Test func findsTheListByItsHeadingInManyLanguages() {
        for heading in ["References", "## References", "Bibliography", "Works Cited", "Literature Cited", "Sources",
                        "参考文献", "参考文献：", "参考资料", "引用文献", "Literatur", "Bibliographie", "Références",
                        "7. References", "**References**"] {
            let lines = FootnoteSegmenter.lines("Body text (Klein, 2014).\n\n\(heading)\n\nKlein, M. (2014). Title.\n")
            let found = ReferenceListFinder.find(lines)
            #expect(found?.heading == 2, "\(heading)")
            #expect(found.map { lines[$0.entries].joined(separator: "|") } == "|Klein, M. (2014). Title.|", "\(heading)")
        }
    }

    @Test func theLastHeadingWinsAndBackMatterEndsTheList() {
        let lines = FootnoteSegmenter.lines("""
        Contents: Introduction, References
        References
        Body (Klein, 2014).
        References
        Klein, M. (2014). Title.
        Appendix
        A table.
        """)
        let found = ReferenceListFinder.find(lines)
        #expect(found?.heading == 3)
        #expect(found?.entries == 4..<5)
    }

    @Test func aSentenceNamingReferencesIsNoHeading() {
        let lines = FootnoteSegmenter.lines("The references of this paper were checked by hand before submission.\n")
        #expect(ReferenceListFinder.find(lines) == nil)
    }
}

extension ReferenceListFinderTests {
    @Test func lowerMarkdownHeadingsDivideTheListAndHigherOnesEndIt() {
        let lines = FootnoteSegmenter.lines("""
        ## References
        ### Primary sources
        Klein, M. (2014). Title.
        ### Secondary sources
        Jones, S. (2016). Title.
        ## Appendix A
        A table.
        """)
        #expect(ReferenceListFinder.find(lines)?.entries == 1..<5)
    }
}

import Testing
@testable import CiteCheck

@Suite struct FootnoteSegmenterTests {
    let segmenter = FootnoteSegmenter()

    @Test func eachNoteKnowsTheLineAndColumnWhereItStarts() {
        // CRLF line ends, a wrapped note and an indented one: the line counts the paper's lines as read.
        let text = "Body cites one.[^a] And two.[^b]\r\n\r\n[^a]: First note, wrapped\r\n  onto a second line.\r\n\r\n"
            + "\u{3000}\u{3000}[^b]: Second note, indented with ideographic spaces.\n"
        let notes = segmenter.segment(text)
        #expect(notes.map(\.label) == ["a", "b"])
        #expect(notes.map { $0.source?.line } == [3, 6])
        #expect(notes.map { $0.source?.column } == [1, 3])
    }

    @Test func circledNotesInEveryPrintedShape() {
        let text = """
        正文第一句。^① 正文第二句，^② 还在继续。正文第三句。^③

        ① 《甲》，网站，2024年3月21日。
        - ② 《乙》，网站，2024年3月22日。
           ③ 《丙》，网站，2024年3月23日。
        """
        let notes = segmenter.segment(text)
        #expect(notes.map(\.label) == ["①", "②", "③"])
        #expect(notes.map(\.index) == [1, 2, 3])
        #expect(notes[0].text == "《甲》，网站，2024年3月21日。")
        #expect(notes[0].context == "正文第一句。")
        #expect(notes[1].context == "正文第二句， 还在继续。")
        #expect(notes[2].context == "正文第三句。")
    }

    @Test func labelsRestartPerPageAndMarkersMatchTheirOwnPage() {
        let text = """
        第一页的句子。^①

        ① 第一页的注释，2024年。https://a.example/1

        第二页的句子。^①另一句。^②

        ① 第二页的第一条注释。https://a.example/2
        ② 第二页的第二条注释。https://a.example/3
        """
        let notes = segmenter.segment(text)
        #expect(notes.count == 3)
        #expect(notes.map(\.label) == ["①", "①", "②"])
        #expect(notes[1].context == "第二页的句子。")
        #expect(notes[2].context == "另一句。")
    }

    @Test func sentenceSplitByAPageBreakIsRejoined() {
        let text = """
        这一句从这一页开始，跨过了分页

        ① 《某文》，某网站，2024年1月1日。

        并在下一页结束。^①

        ① 《另一文》，某网站，2024年2月1日。
        """
        let notes = segmenter.segment(text)
        #expect(notes[1].context == "这一句从这一页开始，跨过了分页并在下一页结束。")
        #expect(notes[0].context == nil)
    }

    @Test func wrappedURLIsRejoinedWhenUnambiguous() {
        let text = """
        Body sentence.^①

        ① United Nations “Report”, June 2020, https://www.un.org/digital-emerging-technologies/sites/
        www.un.org.techenvoy/files/Roadmap.pdf [2025-03-20].
        """
        let notes = segmenter.segment(text)
        #expect(notes.count == 1)
        #expect(notes[0].text == "United Nations “Report”, June 2020, https://www.un.org/digital-emerging-technologies/sites/www.un.org.techenvoy/files/Roadmap.pdf [2025-03-20].")
    }

    @Test func wrappedEnglishNoteGetsASpaceNotAGluedWord() {
        let text = """
        Body.^①

        ① Jane Roe, “A Long Title”, Example Press, March 3, 2024, https://example.org/page
        Accessed March 5, 2025.
        """
        let notes = segmenter.segment(text)
        #expect(notes[0].text.hasSuffix("https://example.org/page Accessed March 5, 2025."))
    }

    @Test func markdownFootnotes() {
        let text = """
        # A Paper

        Rot is common.[^rot] Dates drift.[^dates]

        [^rot]: Jane Roe, "Link Rot in Law Reviews," *Law Library Journal*, Vol. 3, 2014, pp. 1-20.
        [^dates]: John Doe, “Dates on the Web”, Example News, May 2023, https://news.example/dates (accessed June 1, 2024).
        """
        let notes = segmenter.segment(text)
        #expect(notes.map(\.label) == ["rot", "dates"])
        #expect(notes[0].context == "Rot is common.")
        #expect(notes[1].context == "Dates drift.")
    }

    @Test func numberedReferenceListsOnlyInsideTheReferencesSection() {
        let text = """
        1. Introduction

        Our method has three steps [1]. We compare with prior work [2].

        References

        [1] Jane Roe, “Method”, Example Journal, 2020.
        2. John Doe, “Prior Work”, Example Conference, 2019.
        3) A. Author, “Third”, Example, 2018.
        """
        let notes = segmenter.segment(text)
        #expect(notes.map(\.label) == ["1", "2", "3"])
        #expect(notes[0].context == "Our method has three steps [1].")
        #expect(notes[1].context == "We compare with prior work [2].")
    }

    @Test func textWithoutNotesYieldsNone() {
        #expect(segmenter.segment("Just a paragraph.\n\nAnother one, with no notes at all.").isEmpty)
    }
}

@Suite struct LongListTests {
    /// Reference lists past 9,999 entries keep every entry: labels of up to six digits are labels.
    @Test func fiveDigitLabelsAreNotes() {
        var text = "Text [1].\n\nReferences\n"
        for i in 1...10_002 { text += "[\(i)] Author \(i), “Title \(i)”, Site, 2021, https://h.example/\(i)\n" }
        let notes = FootnoteSegmenter().segment(text)
        #expect(notes.count == 10_002)
        #expect(notes.last?.label == "10002")
        #expect(notes.last?.text == "Author 10002, “Title 10002”, Site, 2021, https://h.example/10002")
    }
}

import Foundation
import Testing
@testable import CiteCheck

@Suite struct SourceDocumentParserTests {
    /// What the issue asks of every format: the same references, dates, access dates and DOIs as the
    /// same citations written as a text paper.
    struct Essentials: Equatable, CustomStringConvertible {
        var title: String?
        var date: String?
        var urls: [String]
        var accessed: String?
        var doi: String?
        var authors: [String]
        var number: String?
        var description: String { "\(title ?? "-") | \(number ?? "-") | \(date ?? "-") | \(urls) | \(accessed ?? "-") | \(doi ?? "-") | \(authors)" }

        init(_ r: Reference) {
            title = r.title
            date = r.date?.description
            urls = r.urls
            accessed = r.accessed?.description
            doi = r.doi
            authors = r.authors
            number = r.number
        }
    }

    private func essentials(_ path: String, format: DocumentFormat? = nil, labels: Set<String>? = nil) throws -> [Essentials] {
        let parsed = try SourceDocumentParser().parse(path: path, format: format)
        return parsed.references.filter { labels?.contains($0.label) ?? true }.prefix(3).map(Essentials.init)
    }

    @Test func everyFormatGivesTheSameReferencesAsTheTextPaper() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try essentials(FormatFixtures.path("same-citations.zh.txt"))
        #expect(text.count == 3)
        #expect(text.map(\.urls) == [
            ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"],
            ["https://www.brookings.edu/articles/should-the-un-govern-global-ai/"], [],
        ])
        #expect(text.map(\.accessed) == ["2025-03-20", "2025-04-14", nil])
        #expect(text.map(\.doi) == [nil, nil, "10.1007/s43681-021-00083-y"])

        let formats: [(String, [Essentials])] = [
            ("docx", try essentials(FormatFixtures.docx(in: dir))),
            ("jats", try essentials(FormatFixtures.path("article.jats.xml"), labels: ["1", "2", "3"])),
            ("html", try essentials(FormatFixtures.path("article.html"))),
            ("bibtex", try essentials(FormatFixtures.path("references.bib"))),
            ("csl-json", try essentials(FormatFixtures.path("references.csl.json"))),
            ("ris", try essentials(FormatFixtures.path("references.ris"))),
        ]
        for (name, refs) in formats {
            #expect(refs.count == 3, "\(name)")
            for (i, (got, want)) in zip(refs, text).enumerated() {
                // A tagged corporate author is more than the text says; everything else must agree.
                var got = got
                if name == "bibtex" && i == 0 { got.authors = want.authors }
                // RIS has no portable field for a document number such as A/RES/78/311.
                if name == "ris" { got.number = want.number }
                #expect(got == want, "\(name) reference \(i + 1)")
            }
        }
    }

    /// The same three citations as the text paper, as pandoc writes them into Word, JATS and HTML
    /// (the first one's URL only behind the words "联合国正式文件系统").
    @Test func realConverterOutputGivesTheSameReferencesAsTheTextPaper() throws {
        let text = try essentials(FormatFixtures.path("same-citations.zh.txt"))
        for name in ["paper.docx", "paper.jats.xml", "paper.html"] {
            let parsed = try SourceDocumentParser().parse(path: FormatFixtures.path("pandoc/\(name)"))
            #expect(parsed.paper.title == "联合国在全球人工智能治理中的“主渠道”作用", "\(name)")
            #expect(parsed.paper.doi == nil, "\(name): a cited work's DOI is not the paper's")
            #expect(parsed.notes.map(\.label) == ["1", "2", "3"], "\(name)")
            #expect(parsed.notes.map(\.context) == [
                "2024年7月通过的《加强人工智能能力建设国际合作》决议是全球首份聚焦人工智能能力建设的共识性文件。",
                "Some observers asked whether the UN should govern AI at all and proposed alternatives.",
                "The regime is fragmented.",
            ], "\(name)")
            #expect(parsed.references.map(Essentials.init) == text, "\(name)")
        }
    }

    /// The whole seed paper, not a sample: its 71 notes as pandoc writes them into Word, JATS and HTML
    /// give the text path's 74 references, field for field.
    @Test func theSeedPaperGivesTheSameReferencesInEveryFormat() throws {
        let text = try PaperParser().parse(path: Fixtures.seedPaper)
        #expect(text.references.count == 74)
        for name in ["seed.docx", "seed.jats.xml", "seed.html"] {
            let parsed = try SourceDocumentParser().parse(path: FormatFixtures.path("pandoc/\(name)"))
            #expect(parsed.notes.count == 71, "\(name)")
            #expect(parsed.notes.map(\.kind) == text.notes.map(\.kind), "\(name)")
            #expect(parsed.notes.allSatisfy { $0.context != nil }, "\(name)")
            #expect(parsed.references.count == text.references.count, "\(name)")
            for (got, want) in zip(parsed.references, text.references) {
                #expect(got.note == want.note, "\(name) \(want.id)")
                #expect(got.urls == want.urls, "\(name) \(want.id)")
                #expect(got.accessed == want.accessed, "\(name) \(want.id)")
                #expect(got.doi == want.doi, "\(name) \(want.id)")
                #expect(got.date == want.date, "\(name) \(want.id)")
                #expect(got.title == want.title, "\(name) \(want.id)")
                #expect(got.authors == want.authors, "\(name) \(want.id)")
                #expect(got.container == want.container, "\(name) \(want.id)")
                #expect(got.number == want.number, "\(name) \(want.id)")
                #expect([got.volume, got.issue, got.pages] == [want.volume, want.issue, want.pages], "\(name) \(want.id)")
                #expect(got.language == want.language, "\(name) \(want.id)")
            }
        }
    }

    @Test func aDocxNoteKeepsItsContextAndTheURLBehindItsLinkText() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parsed = try SourceDocumentParser().parse(path: FormatFixtures.docx(in: dir))
        #expect(parsed.paper.title == "联合国在全球人工智能治理中的“主渠道”作用")
        #expect(parsed.paper.doi == "10.19780/j.cnki.ytaq.2026.3.7")  // from the body's "DOI：" line
        #expect(parsed.notes.map(\.label) == ["①", "②", "③", "i"])
        #expect(parsed.notes.map(\.kind) == [.citation, .citation, .citation, .citation])
        #expect(parsed.references.map(\.id) == ["r1", "r2", "r3", "r4"])
        #expect(parsed.references.map(\.note) == [1, 2, 3, 4])
        let first = parsed.references[0]
        #expect(first.raw.contains("联合国正式文件系统"))
        #expect(first.urls == ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"])
        #expect(first.number == "A/RES/78/311")
        #expect(first.language == "zh")
    }

    @Test func taggedFieldsOverrideWhatTheTextParserFound() {
        let note = Note(index: 1, label: "k", kind: .citation, text: "Someone, “Wrong Title”, 1999.")
        let parsed = ReferenceParser().parse(note: note, firstID: 1)
        let tagged = TaggedFields(title: "Right Title", container: "Journal", authors: ["A. Author"],
                                  date: PartialDate(year: 2020, month: 5), accessed: PartialDate(year: 2024, month: 1, day: 2),
                                  doi: "10.1/x", urls: ["https://e.org/a"], volume: "3", issue: "4", pages: "5-6")
        let ref = SourceDocumentParser.applying(tagged, to: parsed, note: note)
        #expect(ref.title == "Right Title")
        #expect(ref.container == "Journal")
        #expect(ref.authors == ["A. Author"])
        #expect(ref.date?.description == "2020-05")
        #expect(ref.accessed?.description == "2024-01-02")
        #expect(ref.doi == "10.1/x")
        #expect(ref.urls == ["https://e.org/a"])
        #expect([ref.volume, ref.issue, ref.pages] == ["3", "4", "5-6"])
        #expect(ref.raw == note.text)
        #expect(ref.note == 1 && ref.label == "k")
    }

    @Test func taggedEntryIsOneWorkEvenWhenItsTextLooksLikeTwo() {
        let note = Note(index: 2, label: "x", kind: .citation,
                        text: "A, “One”, 2020, https://a.org/1; B, “Two”, 2021, https://b.org/2.")
        let parsed = ReferenceParser().parse(note: note, firstID: 1)
        let ref = SourceDocumentParser.applying(TaggedFields(title: "One; Two"), to: parsed, note: note)
        #expect(ref.title == "One; Two")
        #expect(ref.urls == ["https://a.org/1", "https://b.org/2"])
    }

    @Test func hiddenLinksGoToTheReferenceWithoutAURL() {
        let note = Note(index: 1, label: "1", kind: .citation,
                        text: "参见《甲报告》，联合国网站，2024年3月21日，https://a.org/x [2025-03-20]；《乙报告》，世界卫生组织网站，2021年6月28日，网页版 [2025-03-27]。")
        let parsed = ReferenceParser().parse(note: note, firstID: 1)
        #expect(parsed.count == 2)
        let refs = SourceDocumentParser.adding(links: ["https://a.org/x", "http://www.b.org/y"], to: parsed, note: note)
        #expect(refs.map(\.urls) == [["https://a.org/x"], ["http://www.b.org/y"]])
    }

    @Test func aDOILinkGivesTheDOINotAURL() {
        let note = Note(index: 1, label: "1", kind: .citation, text: "Lewin Schmitt, “Mapping”, AI and Ethics, 2022, the publisher's page.")
        let refs = SourceDocumentParser.adding(links: ["https://doi.org/10.1007/s43681-021-00083-y"],
                                               to: ReferenceParser().parse(note: note, firstID: 1), note: note)
        #expect(refs.count == 1)
        #expect(refs[0].doi == "10.1007/s43681-021-00083-y")
        #expect(refs[0].urls.isEmpty)
    }

    @Test func aNoteThatCitesOnlyALinkStillCitesIt() {
        let note = Note(index: 4, label: "*", kind: .citation, text: "By “main channel” we mean a coordinating role.")
        #expect(ReferenceParser().parse(note: note, firstID: 1).isEmpty)
        let refs = SourceDocumentParser.adding(links: ["https://www.un.org/en/ai-advisory-body"], to: [], note: note)
        #expect(refs.map(\.urls) == [["https://www.un.org/en/ai-advisory-body"]])
        #expect(refs.first?.note == 4)
        #expect(refs.first?.raw == note.text)
    }

    @Test func sameAddressInAnotherSpellingIsNotAddedTwice() {
        #expect(SourceDocumentParser.sameURL("https://www.Example.org/a/", "http://example.org/a"))
        #expect(!SourceDocumentParser.sameURL("https://example.org/a", "https://example.org/A"))
    }

    @Test func plainTextAndPDFStillGoThroughTheSegmenter() throws {
        let viaFormats = try SourceDocumentParser().parse(path: Fixtures.seedPaper)
        let viaText = try PaperParser().parse(path: Fixtures.seedPaper)
        #expect(viaFormats == viaText)
    }

    @Test func notesTypedIntoAWordFileGoThroughTheSegmenter() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
        let paragraphs = [
            "2024年3月，联合国大会通过了首个人工智能决议。^①",
            "① 《抓住安全、可靠和值得信赖的人工智能系统带来的机遇，促进可持续发展》（A/RES/78/265），联合国网站，2024年3月21日，<https://documents.un.org/doc/undoc/gen/n24/087/82/pdf/n2408782.pdf?token=zpuME9tpyj75ZJUG7c&fe=true> [2025-03-20]。",
        ]
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;"))</w:t></w:r></w:p>" }.joined()
        let path = try FormatFixtures.docx(replacing: [
            "word/document.xml": Data("<w:document \(w)><w:body>\(body)</w:body></w:document>".utf8),
            "word/footnotes.xml": nil, "word/endnotes.xml": nil, "word/_rels/footnotes.xml.rels": nil,
        ], in: dir)
        let parsed = try SourceDocumentParser().parse(path: path)
        #expect(parsed.paper.title == "联合国在全球人工智能治理中的“主渠道”作用")  // from docProps/core.xml
        #expect(parsed.notes.map(\.label) == ["①"])
        #expect(parsed.notes.first?.context == "2024年3月，联合国大会通过了首个人工智能决议。")
        #expect(parsed.references.first?.urls == ["https://documents.un.org/doc/undoc/gen/n24/087/82/pdf/n2408782.pdf?token=zpuME9tpyj75ZJUG7c&fe=true"])
        #expect(parsed.references.first?.accessed?.description == "2025-03-20")
        #expect(parsed.references.first?.number == "A/RES/78/265")
    }

    @Test func aWordFileWithoutAnyNotesSaysSo() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Only prose.</w:t></w:r></w:p></w:body></w:document>"#
        let path = try FormatFixtures.docx(replacing: ["word/document.xml": Data(document.utf8), "word/footnotes.xml": nil, "word/endnotes.xml": nil], in: dir)
        #expect(throws: CiteCheckError(.input, file: path, "no footnotes or numbered references found")) {
            try SourceDocumentParser().parse(path: path)
        }
    }

    @Test func aDocumentWithoutNotesIsAnError() {
        let doc = SourceDocument(path: "x.bib", format: .bibtex, notes: [])
        #expect(throws: CiteCheckError(.input, file: "x.bib", "no footnotes or references found")) {
            try SourceDocumentParser().parse(doc)
        }
    }
}

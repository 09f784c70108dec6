import Foundation
import Testing
@testable import CiteCheck

@Suite struct DocxReaderTests {
    @Test func readsFootnotesInTheOrderTheBodyCitesThem() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = try DocxReader().read(path: FormatFixtures.docx(in: dir))

        #expect(doc.format == .docx)
        #expect(doc.notes.map(\.label) == ["①", "②", "③", "i"])
        #expect(doc.notes[0].text == "《加强人工智能能力建设方面的国际合作》（A/RES/78/311），联合国网站，2024年7月1日，联合国正式文件系统 [2025-03-20]。")
        #expect(doc.notes[1].text.hasPrefix("Cameron F. Kerry et al., “Should the UN Govern Global AI?”"))
        #expect(doc.notes[3].text.hasPrefix("United Nations System Chief Executives Board"))
    }

    @Test func eachNoteNamesItsIdAndTheParagraphOfItsMark() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try FormatFixtures.docx(in: dir)
        // ① is footnote 3, cited in the body's third paragraph; ②, ③ and the endnote in the fourth.
        let notes = try DocxReader().read(path: path).notes
        #expect(notes.map { $0.source?.footnote } == ["3", "1", "2", "1"])
        #expect(notes.map { $0.source?.paragraph } == [3, 4, 4, 4])
        #expect(notes.allSatisfy { $0.source?.line == nil })
        // The parser names the file on the references, which the reports print as "file ¶3 footnote 3".
        let refs = try SourceDocumentParser().parse(path: path).references
        #expect(refs.first?.source?.file == path)
        #expect(refs.first?.source?.fileLine == "\(path) ¶3 footnote 3")
    }

    @Test func eachNoteKeepsTheSentenceThatCitesIt() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = try DocxReader().read(path: FormatFixtures.docx(in: dir)).notes

        #expect(notes[0].context == "2024年7月通过的《加强人工智能能力建设国际合作》决议是全球首份聚焦人工智能能力建设的共识性文件。")
        #expect(notes[1].context == "Some observers asked whether the UN should govern AI at all and proposed alternatives.")
        // Tracked deletions are not text: "Deleted words." must not leak into the sentence.
        #expect(notes[2].context == "The regime is fragmented.")
        #expect(notes[3].context == "See also the UN system's own report.")
    }

    @Test func hyperlinkTargetsComeFromRelationshipsAndFieldCodes() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = try DocxReader().read(path: FormatFixtures.docx(in: dir)).notes

        // The visible text says "联合国正式文件系统"; the URL exists only in footnotes.xml.rels.
        #expect(notes[0].links == ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"])
        #expect(notes[1].links == ["https://www.brookings.edu/articles/should-the-un-govern-global-ai/"])
        // A HYPERLINK field code: the instruction is not text, its target is a link.
        #expect(notes[2].links == ["https://doi.org/10.1007/s43681-021-00083-y"])
        #expect(notes[2].text.hasSuffix("pp. 303-314, the publisher's page."))
        #expect(!notes[2].text.contains("HYPERLINK"))
        #expect(notes[3].links.isEmpty)
    }

    @Test func readsTitleAndBodyText() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = try DocxReader().read(path: FormatFixtures.docx(in: dir))
        #expect(doc.metadata.title == "联合国在全球人工智能治理中的“主渠道”作用")
        #expect(doc.bodyText?.contains("DOI：10.19780/j.cnki.ytaq.2026.3.7") == true)
        #expect(doc.bodyText?.contains("Deleted words") == false)
    }

    @Test func decimalNumbersWhenTheDocumentDeclaresNoFormat() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var document = try String(contentsOfFile: FormatFixtures.path("docx-paper/word/document.xml"), encoding: .utf8)
        document = document.replacingOccurrences(of: "<w:numFmt w:val=\"decimalEnclosedCircleChinese\"/>", with: "")
        let path = try FormatFixtures.docx(replacing: ["word/document.xml": Data(document.utf8)], in: dir)
        #expect(try DocxReader().read(path: path).notes.map(\.label) == ["1", "2", "3", "i"])
    }

    @Test func wordSpecificsCustomMarksSplitFieldCodesAndAlternateContent() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
        let document = """
            <w:document \(w)><w:body>
            <w:p><w:r><w:t>Claim one.</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>
            <w:r><w:t xml:space="preserve"> Claim two</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t xml:space="preserve"> goes on.</w:t></w:r>
            <w:r><w:t xml:space="preserve"> Claim three.</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r></w:p>
            </w:body></w:document>
            """
        let footnotes = """
            <w:footnotes \(w)>
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A note marked with a star.</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:r><w:t xml:space="preserve">Report, </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPER</w:instrText></w:r><w:r><w:instrText xml:space="preserve">LINK "https://example.org/re</w:instrText></w:r><w:r><w:instrText>port.pdf" \\o "tip" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>online</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>, 2024.</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="3"><w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>Shape text</w:t></mc:Choice><mc:Fallback><w:t>Shape text</w:t></mc:Fallback></mc:AlternateContent></w:r><w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/simple&quot; "><w:r><w:t xml:space="preserve"> here</w:t></w:r></w:fldSimple><w:hyperlink w:anchor="_Toc1"><w:r><w:t xml:space="preserve"> (see above)</w:t></w:r></w:hyperlink></w:p></w:footnote>
            </w:footnotes>
            """
        let settings = "<w:settings \(w)><w:footnotePr><w:numFmt w:val=\"upperRoman\"/></w:footnotePr></w:settings>"
        let path = try FormatFixtures.docx(replacing: [
            "word/document.xml": Data(document.utf8), "word/footnotes.xml": Data(footnotes.utf8),
            "word/_rels/footnotes.xml.rels": nil, "word/endnotes.xml": nil, "word/settings.xml": Data(settings.utf8),
        ], in: dir)
        let notes = try DocxReader().read(path: path).notes
        #expect(notes.map(\.label) == ["*", "I", "II"])
        #expect(notes[0].context == "Claim one.")
        #expect(notes[1].context == "Claim two goes on.")
        #expect(notes[1].links == ["https://example.org/report.pdf"])
        #expect(notes[1].text == "Report, online, 2024.")
        #expect(notes[2].text == "Shape text here (see above)")
        #expect(notes[2].links == ["https://example.org/simple"])
    }

    @Test func refusesAPartWhoseDeclaredSizeIsAZipBomb() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 30 MB of spaces deflates to a few kilobytes: the ratio of a zip bomb.
        let bomb = Data("<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">".utf8)
            + Data(repeating: 0x20, count: 30 * 1_048_576) + Data("</w:footnotes>".utf8)
        let path = try FormatFixtures.docx(replacing: ["word/footnotes.xml": bomb], in: dir)
        let zipSize = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(zipSize < 1_048_576)
        let error = #expect(throws: CiteCheckError.self) { try DocxReader().read(path: path) }
        #expect(error?.kind == .input)
        #expect(error?.description.hasPrefix(path + ": refused: word/footnotes.xml") == true)
        #expect(error?.description.contains("zip bomb") == true)
    }

    @Test func stopsInflatingWhenAPartGrowsPastItsLyingHeader() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bomb = Data(repeating: 0x20, count: 30 * 1_048_576)
        let path = try FormatFixtures.docx(replacing: ["word/footnotes.xml": bomb], in: dir)
        try ZipHeaders.setUncompressedSize(of: "word/footnotes.xml", to: 1000, in: path)

        let error = #expect(throws: CiteCheckError.self) { try DocxReader().read(path: path) }
        #expect(error?.description.contains("expands past 20 MB although its header says less") == true)
    }

    @Test func aZipThatIsNotAWordDocumentIsNamedAsSuch() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try FormatFixtures.docx(replacing: ["word/document.xml": nil, "_rels/.rels": nil], in: dir)
        let error = #expect(throws: CiteCheckError.self) { try DocxReader().read(path: path) }
        #expect(error?.description == "\(path): a zip archive but not a Word document (no word/document.xml)")
    }

    @Test func aSpreadsheetIsNotTakenForAWordFile() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        let workbook = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"#
        let path = try FormatFixtures.docx(replacing: ["_rels/.rels": Data(rels.utf8), "xl/workbook.xml": Data(workbook.utf8)], in: dir)
        let error = #expect(throws: CiteCheckError.self) { try DocxReader().read(path: path) }
        #expect(error?.description == "\(path): a zip archive but not a Word document (its main part is xl/workbook.xml)")
    }

    @Test func aDamagedZipIsAOneLineError() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("broken.docx").path
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200)).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: CiteCheckError.self) { try DocxReader().read(path: path) }
        #expect(error?.description == "\(path): not a readable zip archive (a damaged .docx?)")
    }

    @Test func externalEntitiesInAPartAreNeverRead() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = dir.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-DOCX-7731".utf8).write(to: secret)
        let footnotes = """
            <?xml version="1.0"?>
            <!DOCTYPE w:footnotes [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:footnote w:id="1"><w:p><w:r><w:t>Leaked: &xxe; end.</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:r><w:t>Schmitt, AI and Ethics, 2022.</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="3"><w:p><w:r><w:t>Third.</w:t></w:r></w:p></w:footnote>
            </w:footnotes>
            """
        let path = try FormatFixtures.docx(replacing: ["word/footnotes.xml": Data(footnotes.utf8)], in: dir)
        let doc = try DocxReader().read(path: path)
        #expect(!doc.notes.contains { $0.text.contains("TOP-SECRET") })
        #expect(doc.notes.contains { $0.text == "Leaked: end." })
    }
}

/// Rewrites the sizes a zip's headers declare, as a zip bomb's author would.
enum ZipHeaders {
    static func setUncompressedSize(of name: String, to size: UInt32, in path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let nameBytes = Array(name.utf8)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func put32(_ at: Int, _ v: UInt32) { for k in 0..<4 { bytes[at + k] = UInt8((v >> (8 * UInt32(k))) & 0xFF) } }
        var patched = 0
        var i = 0
        while i + 46 < bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x03, bytes[i + 3] == 0x04,
               Array(bytes[(i + 30)..<(i + 30 + u16(i + 26))]) == nameBytes {
                put32(i + 22, size)
                patched += 1
            } else if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x01, bytes[i + 3] == 0x02,
                      Array(bytes[(i + 46)..<(i + 46 + u16(i + 28))]) == nameBytes {
                put32(i + 24, size)
                patched += 1
            }
            i += 1
        }
        precondition(patched == 2, "expected a local and a central header for \(name)")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

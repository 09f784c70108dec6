import Foundation
import Testing
@testable import CiteCheck

@Suite struct DocumentFormatTests {
    private func detect(_ text: String, _ path: String = "paper") throws -> DocumentFormat {
        try DocumentFormat.detect(head: Array(text.utf8), path: path)
    }

    @Test func detectsFromContentNotExtension() throws {
        #expect(try detect("%PDF-1.7\n%âãÏÓ\n1 0 obj", "paper.txt") == .pdf)
        #expect(try DocumentFormat.detect(head: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], path: "paper.bin") == .docx)
        #expect(try detect("<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3//EN\" \"x.dtd\">\n<article>", "a.txt") == .jats)
        #expect(try detect("<article xmlns:xlink=\"http://www.w3.org/1999/xlink\" dtd-version=\"1.3\"><front>") == .jats)
        #expect(try detect("<!DOCTYPE html>\n<html lang=\"zh\"><head>", "a.xml") == .html)
        #expect(try detect("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><article>") == .html)
        #expect(try detect("% refs\n\n@Article{smith2020,\n title={X}}", "refs.txt") == .bibtex)
        #expect(try detect("@comment{x}\n@misc{a, url={https://a.org}}") == .bibtex)
        #expect(try detect("[\n  {\"id\": \"a\", \"type\": \"webpage\", \"title\": \"T\"}\n]", "a.txt") == .cslJSON)
        #expect(try detect("TY  - JOUR\r\nAU  - Smith, J.\r\nER  - \r\n", "export.txt") == .ris)
    }

    @Test func plainTextAndMarkdownByExtension() throws {
        #expect(try detect("① 《全球人工智能治理倡议》，中央网信办网站，2023年10月18日。", "paper.txt") == .text)
        #expect(try detect("Body.[^1]\n\n[^1]: Note.", "paper.md") == .markdown)
        #expect(try detect("Email me at someone@example.org {soon}.", "paper.txt") == .text)
        #expect(try detect("[1] Smith, “Title”, 2020.", "paper.txt") == .text)
        #expect(try detect("<div align=\"center\">Title</div>\n\nBody.[^1]", "paper.md") == .markdown)
        #expect(try detect("<div class=\"article\"><p>Body</p>", "saved-page") == .html)
    }

    @Test func legacyFormatsAreNamedNotMisread() throws {
        let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
        let error = #expect(throws: CiteCheckError.self) { try DocumentFormat.detect(head: doc, path: "old.doc") }
        #expect(error?.description == "old.doc: a Word 97-2003 .doc file; save it as .docx and try again")
        #expect(throws: CiteCheckError.self) { try detect("{\\rtf1\\ansi", "x.rtf") }
    }

    @Test func cliNamesAndAliases() {
        #expect(DocumentFormat.allCases.map(\.rawValue) == ["text", "markdown", "docx", "jats", "html", "bibtex", "csl-json", "ris", "pdf"])
        #expect(DocumentFormat(name: "bib") == .bibtex)
        #expect(DocumentFormat(name: "CSL-JSON") == .cslJSON)
        #expect(DocumentFormat(name: "md") == .markdown)
        #expect(DocumentFormat(name: "xml") == .jats)
        #expect(DocumentFormat(name: "odt") == nil)
    }
}

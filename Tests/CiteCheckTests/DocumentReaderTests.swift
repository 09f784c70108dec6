import Foundation
import Testing
@testable import CiteCheck

@Suite struct DocumentReaderTests {
    @Test func aTwoHundredMegabyteFileIsRefusedBeforeReading() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("huge.docx").path
        // A sparse file: 200 MB by size, no disk or memory spent, so only the size check can catch it.
        FileManager.default.createFile(atPath: path, contents: Data("PK\u{3}\u{4}".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 * 1_048_576)
        try handle.close()
        for format: DocumentFormat? in [nil, .text, .jats, .docx, .pdf] {
            let error = #expect(throws: CiteCheckError.self) { try DocumentReader().read(path: path, format: format) }
            #expect(error?.description == "\(path): file is too large (200 MB; the limit is 100 MB: raise it with --max-input)")
        }
    }

    @Test func textFormatsHaveTheirOwnSmallerLimit() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.bib").path
        FileManager.default.createFile(atPath: path, contents: Data("@misc{a, title={x}}\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 40 * 1_048_576)
        try handle.close()
        let error = #expect(throws: CiteCheckError.self) { try DocumentReader().read(path: path) }
        #expect(error?.description == "\(path): file is too large (40 MB; the limit is 32 MB: raise it with --max-input)")
    }

    @Test func missingEmptyAndFolderInputs() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.xml").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: CiteCheckError(.input, file: empty, "file is empty")) { try DocumentReader().read(path: empty) }
        #expect(throws: CiteCheckError(.input, file: dir.path, "is a folder, not a paper")) { try DocumentReader().read(path: dir.path) }
        let missing = dir.appendingPathComponent("nope.docx").path
        #expect(throws: CiteCheckError(.input, file: missing, "no such file")) { try DocumentReader().read(path: missing) }
    }

    @Test func dispatchesEachFormatToItsReader() throws {
        let cases: [(String, DocumentFormat)] = [
            ("article.jats.xml", .jats), ("article.html", .html), ("references.bib", .bibtex),
            ("references.csl.json", .cslJSON), ("references.ris", .ris),
        ]
        for (name, format) in cases {
            guard case .notes(let doc) = try DocumentReader().read(path: FormatFixtures.path(name)) else {
                Issue.record("\(name) was not read as notes")
                continue
            }
            #expect(doc.format == format, "\(name)")
            #expect(doc.notes.count >= 3, "\(name)")
        }
    }

    @Test func overrideWinsOverDetection() throws {
        // A BibTeX file forced to plain text is handed to the text reader unchanged.
        guard case .text(let text) = try DocumentReader().read(path: FormatFixtures.path("references.bib"), format: .text) else {
            Issue.record("not read as text")
            return
        }
        #expect(text.text.contains("@online{un2024capacity,"))
    }

    @Test func docxIsReadFromItsZip() throws {
        let dir = try FormatFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try FormatFixtures.docx(in: dir)
        // Named .txt on purpose: the zip magic decides.
        let path = dir.appendingPathComponent("manuscript.txt").path
        try FileManager.default.moveItem(atPath: source, toPath: path)
        guard case .notes(let doc) = try DocumentReader().read(path: path) else {
            Issue.record("not read as notes")
            return
        }
        #expect(doc.format == .docx)
        #expect(doc.notes.count == 4)
    }
}

import Foundation
import Testing

/// `citecheck parse` on the layouts the segmenter must tell apart: unnumbered lists as converters
/// leave them, numbered lists cited by bracket, Markdown notes defined under each paragraph, and a
/// reference list on the first page whose DOI is not the paper's.
@Suite struct ReferenceListCommandTests {
    func parse(_ text: String, name: String = "paper.md") throws -> [String: Any] {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["parse", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func harvardListWrappedFlushLeftUnderBibliography() throws {
        let json = try parse("""
        Link rot is common (Klein et al. 2014). Zittrain, Albert and Lessig (2014) measured it in law.

        Bibliography
        Klein, M. et al. (2014) 'Scholarly context not found: one in five articles suffers from reference rot',
        PLOS ONE, 9(12), e115253.
        Zittrain, J., Albert, K. and Lessig, L. (2014) 'Perma: scoping and addressing the problem of link and
        reference rot in legal citations', Harvard Law Review Forum, 127, pp. 176-199.
        """, name: "harvard.txt")
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0["label"] is NSNull && $0["kind"] as? String == "citation" })
        #expect(notes.map { $0["index"] as? Int } == [1, 2])
        #expect(notes[0]["context"] as? String == "Link rot is common (Klein et al. 2014).")
        #expect(notes[1]["context"] as? String == "Zittrain, Albert and Lessig (2014) measured it in law.")
        #expect((notes[0]["text"] as? String)?.hasSuffix("reference rot', PLOS ONE, 9(12), e115253.") == true)
        #expect((json["findings"] as? [Any])?.isEmpty == true)
        let refs = try #require(json["references"] as? [[String: Any]])
        #expect(refs.map { $0["label"] is NSNull } == [true, true])
    }

    @Test func numberedListCitedByBracketsAndRanges() throws {
        let json = try parse("""
        Rot is common [1]. Later studies agree [2–3], and one is cited that the list lacks [7].

        References

        [1] M. Klein et al., "Scholarly context not found," PLOS ONE, vol. 9, no. 12, 2014, doi: 10.1371/journal.pone.0115253.
        [2] S. M. Jones et al., "Scholarly context adrift," PLOS ONE, vol. 11, no. 12, 2016.
        [3] J. Zittrain, K. Albert, and L. Lessig, "Perma," Harvard Law Review Forum, vol. 127, 2014.
        [4] L. Lessig, Code: Version 2.0. New York: Basic Books, 2006. [Online]. Available: http://codev2.cc/
        """, name: "ieee.txt")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["kind"] as? String } == ["missing-reference", "uncited-reference"])
        #expect(findings.map { $0["severity"] as? String } == ["error", "warning"])
        #expect((findings[0]["message"] as? String)?.contains("[7]") == true)
        #expect(findings[1]["reference"] as? String == "r4")
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes[2]["context"] as? String == "Later studies agree [2–3], and one is cited that the list lacks [7].")
        // The first reference's DOI is not the paper's own.
        let paper = try #require(json["paper"] as? [String: Any])
        #expect(paper["doi"] is NSNull)
    }

    @Test func markdownNotesUnderEachParagraphKeepEveryParagraphWhole() throws {
        var text = "# Notes under paragraphs\n\n"
        for i in 1...40 {
            // A marker inside the sentence: glued to the paragraph before, the sentence would run on.
            text += "Paragraph \(i) cites a source[^\(i)] on page \(i)\n\n"
            text += "[^\(i)]: Author \(i), \"Title \(i),\" *Journal* \(i), no. 2 (2020): \(i), https://example.org/\(i).\n\n"
        }
        let json = try parse(text)
        let notes = try #require(json["notes"] as? [[String: Any]])
        #expect(notes.count == 40)
        for (i, note) in notes.enumerated() {
            #expect(note["context"] as? String == "Paragraph \(i + 1) cites a source on page \(i + 1)", "note \(i + 1)")
        }
    }

    @Test func anAuthorDatePaperWithoutAListIsBadInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("essay.txt").path
        try "Rot is common (Klein et al., 2014).\n\nNothing else follows.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["parse", path, "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(path))
    }
}

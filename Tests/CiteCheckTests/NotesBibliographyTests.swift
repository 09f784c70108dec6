import Testing
@testable import CiteCheck

/// A Chicago notes-bibliography paper: footnotes in the body, "## Bibliography" at the end.
@Suite struct NotesBibliographyTests {
    func parsed() throws -> ParsedPaper {
        let name = "notes-bibliography/chicago-notes-bibliography.en.md"
        return try PaperParser().parse(PaperText(path: name, text: Fixtures.text(name), encoding: "UTF-8"))
    }

    @Test func theBibliographyIsReadAsAListAfterTheNotes() throws {
        let paper = try parsed()
        #expect(paper.notes.count == 16)
        let entries = paper.notes.suffix(4)
        #expect(entries.map(\.index) == [13, 14, 15, 16])
        #expect(entries.allSatisfy { $0.kind == .citation && $0.label.isEmpty })
        #expect(entries.first?.text.hasPrefix("Grazer, Brian, and Charles Fishman.") == true)
        let refs = paper.references.suffix(4)
        #expect(refs.map(\.note) == [13, 14, 15, 16])
        #expect(refs.map(\.title) == ["A Curious Mind: The Secret to a Bigger Life", "Swing Time", "Livy and the Pax Deum", "Walking"])
        #expect(refs.map { $0.date?.description } == ["2015", "2016", "2016-04", "2016"])
        #expect(refs.first?.authors == ["Grazer, Brian", "Charles Fishman"])
        #expect(refs.first?.container == "Simon & Schuster")
    }

    @Test func theNotesAreUnchangedAndNoEntryIsCalledUncited() throws {
        let paper = try parsed()
        #expect(paper.notes.prefix(12).allSatisfy { !$0.label.isEmpty })
        #expect(paper.notes[1].text == "Ibid., 320.")
        #expect(!paper.findings.contains { $0.kind == .uncitedReference || $0.kind == .missingReference })
    }
}

/// The bibliography a notes-style paper ends with (Chicago notes-bibliography: footnotes in the body,
/// "Bibliography" at the end): its entries are read as a list, each a note of kind `citation` with no
/// label, numbered after the footnotes, instead of being left as body text. The footnotes already cite
/// these works where the text does, so no citation is linked and no entry is called uncited.
struct NotesBibliography {
    let parser: ReferenceParser

    /// `notes`: the paper's footnotes, whose lines end the list if they follow it.
    func read(_ lines: [Substring], after notes: [Note]) -> [(Note, Reference)] {
        guard let list = ReferenceListFinder.find(lines) else { return [] }
        // A note defined after the heading ends the list there (1-based lines).
        let noteLines = notes.compactMap { $0.source?.line.map { $0 - 1 } }
        let end = noteLines.filter { $0 >= list.entries.lowerBound }.min().map { min($0, list.entries.upperBound) } ?? list.entries.upperBound
        guard end > list.entries.lowerBound else { return [] }
        let entries = ReferenceEntrySplitter.split(lines[list.entries.lowerBound..<end])
        var out: [(Note, Reference)] = []
        for entry in entries {
            var ref = parser.parseOne(entry)
            let note = Note(index: notes.count + out.count + 1, label: "", kind: .citation, text: entry)
            ref.note = note.index
            ref.label = ""
            out.append((note, ref))
        }
        return out
    }
}

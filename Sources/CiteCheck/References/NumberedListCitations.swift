/// `missing-reference` and `uncited-reference` for a numbered list: "[7]" or "[2–5]" in the body with
/// no entry 7, and an entry the body never cites. Only when the body cites by bracketed number at
/// all: a list cited by superscripts the text file lost says nothing about which entries are cited.
enum NumberedListCitations {
    static func findings(cited: [(label: String, context: String, place: PaperLocation?)], notes: [Note], references: [Reference]) -> [Finding] {
        guard !cited.isEmpty, notes.allSatisfy({ $0.label.allSatisfy { $0.isASCII && $0.isNumber } }) else { return [] }
        let labels = Set(notes.map(\.label))
        var findings: [Finding] = []
        for c in cited where !labels.contains(c.label) {
            var finding = CitationFindings.missingNumbered(label: c.label, sentence: c.context)
            finding.source = c.place
            findings.append(finding)
        }
        let citedLabels = Set(cited.map(\.label))
        for note in notes where !citedLabels.contains(note.label) {
            guard let ref = references.first(where: { $0.note == note.index }) else { continue }
            let author = ref.authors.first ?? EntryAuthorYear.read(ref.raw, previous: nil).family
            let year = ref.date.map { String($0.year) }
            var finding = CitationFindings.uncited(ref, name: "[\(note.label)] " + CitationFindings.name(author, year))
            finding.source = ref.source
            findings.append(finding)
        }
        return findings
    }
}

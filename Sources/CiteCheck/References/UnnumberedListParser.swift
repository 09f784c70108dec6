/// Parses a paper whose references are an unnumbered list under a heading (APA, Harvard, Chicago
/// author-date, MLA, GB/T 7714 著者-出版年制): each entry becomes a note of kind `citation`, numbered
/// in list order with no label; the body's author-date citations are linked to the entries, giving
/// each its citing sentence; citations without an entry and entries never cited become findings.
struct UnnumberedListParser {
    let parser: ReferenceParser

    func parse(_ lines: [Substring]) -> (notes: [Note], references: [Reference], findings: [Finding])? {
        guard let list = ReferenceListFinder.find(lines) else { return nil }
        let placed = ReferenceEntrySplitter.entries(lines[list.entries])
        let entries = placed.map(\.text)
        guard !entries.isEmpty else { return nil }
        let body = BodyParagraphs.layout(lines[..<list.heading])
        let paragraphs = body.paragraphs
        let citations = AuthorDateCitationScanner.scan(paragraphs)

        var keys: [EntryAuthorYear] = []
        keys.reserveCapacity(entries.count)
        for entry in entries { keys.append(EntryAuthorYear.read(entry, previous: keys.last)) }
        let linker = CitationLinker(entries: keys)

        var contexts: [String?] = Array(repeating: nil, count: entries.count)
        var cited = Array(repeating: false, count: entries.count)
        var missing: [(InTextCitation, String)] = []
        // The line and column of each in-text citation with no entry (the parser names the file).
        func place(_ c: InTextCitation) -> PaperLocation? {
            body.place(paragraph: c.paragraph, offset: c.offset).map { PaperLocation(file: "", line: $0.line, column: $0.column) }
        }
        var missingSeen = Set<String>()
        for citation in citations {
            let sentence = CitingSentence.around(markerOffset: citation.offset, markerLength: citation.length,
                                                 in: paragraphs[citation.paragraph])
            if let i = linker.entry(for: citation) {
                cited[i] = true
                if contexts[i] == nil, !sentence.isEmpty { contexts[i] = sentence }
            } else if missingSeen.insert(citation.asCited).inserted {
                missing.append((citation, sentence))
            }
        }

        let parsed = ConcurrentMap.map(entries) { parser.parseOne($0) }
        var notes: [Note] = []
        var references: [Reference] = []
        notes.reserveCapacity(entries.count)
        references.reserveCapacity(entries.count)
        for (i, var ref) in parsed.enumerated() {
            let note = Note(index: i + 1, label: "", kind: .citation, text: entries[i], context: contexts[i],
                            source: PaperLocation(file: "", line: placed[i].line, column: placed[i].column))
            ref.id = "r\(i + 1)"
            ref.note = note.index
            ref.label = ""
            ref.source = note.source
            notes.append(note)
            references.append(ref)
        }
        var findings = missing.map { citation, sentence in
            var finding = CitationFindings.missing(cited: citation.asCited, sentence: sentence)
            finding.source = place(citation)
            return finding
        }
        // A body with no author-date citation at all cites some other way (author-page, notes):
        // calling every entry uncited would say more than the scan knows.
        if cited.contains(true) {
            for (i, ref) in references.enumerated() where !cited[i] {
                var finding = CitationFindings.uncited(ref, name: CitationFindings.name(keys[i].family, keys[i].year))
                finding.source = ref.source
                findings.append(finding)
            }
        }
        return (notes, references, findings)
    }
}

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
        // The entries are parsed on every core while one of them links the body's citations.
        let bodyLines = lines[..<list.heading]
        let (parsed, links) = ConcurrentMap.map(entries, alongside: { Self.link(entries, body: bodyLines) }) {
            parser.parseOne($0)
        }
        let keys = links.keys
        var notes: [Note] = []
        var references: [Reference] = []
        notes.reserveCapacity(entries.count)
        references.reserveCapacity(entries.count)
        for (i, var ref) in parsed.enumerated() {
            let note = Note(index: i + 1, label: "", kind: .citation, text: entries[i], context: links.contexts[i],
                            source: PaperLocation(file: "", line: placed[i].line, column: placed[i].column))
            ref.id = "r\(i + 1)"
            ref.note = note.index
            ref.label = ""
            ref.source = note.source
            notes.append(note)
            references.append(ref)
        }
        var findings = links.missing
        // A body with no author-date citation at all cites some other way (author-page, notes):
        // calling every entry uncited would say more than the scan knows.
        if links.cited.contains(true) {
            for (i, ref) in references.enumerated() where !links.cited[i] {
                var finding = CitationFindings.uncited(ref, name: CitationFindings.name(keys[i].family, keys[i].year))
                finding.source = ref.source
                findings.append(finding)
            }
        }
        return (notes, references, findings)
    }

    /// What the body says about the entries: each entry's author and year, the sentence that first
    /// cites it, whether it is cited, and a finding for each citation with no entry.
    struct Links: Sendable {
        var keys: [EntryAuthorYear] = []
        var contexts: [String?]
        var cited: [Bool]
        var missing: [Finding] = []
    }

    static func link(_ entries: [String], body lines: ArraySlice<Substring>) -> Links {
        let body = BodyParagraphs.layout(lines)
        let paragraphs = body.paragraphs
        let citations = AuthorDateCitationScanner.scan(paragraphs)
        var links = Links(contexts: Array(repeating: nil, count: entries.count), cited: Array(repeating: false, count: entries.count))
        links.keys.reserveCapacity(entries.count)
        for entry in entries { links.keys.append(EntryAuthorYear.read(entry, previous: links.keys.last)) }
        let linker = CitationLinker(entries: links.keys)
        var missingSeen = Set<String>()
        // Only an entry's first citation, and a missing entry's, needs its sentence.
        func sentence(_ citation: InTextCitation) -> String {
            CitingSentence.around(markerOffset: citation.offset, markerLength: citation.length, in: paragraphs[citation.paragraph])
        }
        for citation in citations {
            if let i = linker.entry(for: citation) {
                links.cited[i] = true
                if links.contexts[i] == nil, case let found = sentence(citation), !found.isEmpty { links.contexts[i] = found }
            } else if missingSeen.insert(citation.asCited).inserted {
                var finding = CitationFindings.missing(cited: citation.asCited, sentence: sentence(citation))
                // The line and column of the citation (the parser names the file).
                finding.source = body.place(paragraph: citation.paragraph, offset: citation.offset)
                    .map { PaperLocation(file: "", line: $0.line, column: $0.column) }
                links.missing.append(finding)
            }
        }
        return links
    }
}

/// Puts the parse stage's per-note results together in document order: gives references their ids
/// ("r1", "r2", …), and turns notes that repeat an earlier citation (Ibid., 同上, 前引, Chicago short
/// notes) into references of the work they repeat, with `repeats` naming its full reference and the
/// note's own pinpoint in `pages`. Both the text path and the structured formats use it.
struct ReferenceAssembler {
    private(set) var notes: [Note] = []
    private(set) var references: [Reference] = []
    private(set) var findings: [Finding] = []
    /// Full (not repeating) references so far, with their titles normalized once.
    private var full: [Int] = []
    private var fullTitles: [String] = []
    /// The note before, if it cited anything: its first reference's position.
    private var previousCitation: Int?

    init(capacity: Int = 0) {
        notes.reserveCapacity(capacity)
        references.reserveCapacity(capacity)
    }

    /// For the text path, which keeps its own notes (`assemble`): room for this many references.
    init(references capacity: Int) {
        references.reserveCapacity(capacity)
    }

    /// What `add` works out about a note that depends on no other note: whether it repeats an
    /// earlier citation, and its references' titles normalized. A paper's notes are prepared on
    /// every core alongside their parse; `add` itself runs in document order, on one.
    struct Prepared: Sendable {
        var short: ShortNote?
        var titles: [String]
    }

    static func prepare(_ note: Note, _ parsed: [Reference]) -> Prepared {
        Prepared(short: ShortNote.marked(note.text) ?? (parsed.isEmpty ? ShortNote.chicago(note.text) : nil),
                 titles: parsed.map { normalized($0.title ?? "") })
    }

    mutating func add(_ note: Note, _ parsed: [Reference], prepared: Prepared? = nil) {
        var note = note
        assemble(&note, parsed, prepared: prepared ?? Self.prepare(note, parsed))
        notes.append(note)
    }

    /// `add` for a note the caller keeps (the text path, whose notes are assembled in place): only its
    /// kind is set.
    mutating func assemble(_ note: inout Note, _ parsed: consuming [Reference], prepared: Prepared) {
        var refs = parsed
        // The titles prepared are those of `parsed`; a note resolved or rebuilt here has others.
        var titles: [String]? = prepared.titles
        if let short = prepared.short {
            titles = nil
            if let target = resolve(short, before: note) {
                refs = [repeating(target, short, note)]
            } else {
                if refs.isEmpty {
                    // What the short note itself says: its author and short title, and its pinpoint.
                    var ref = Reference(id: "", note: note.index, label: note.label, pages: short.pinpoint,
                                        language: ReferenceParser.language(of: note.text), raw: note.text)
                    if case .earlier(let author, let title, _, _) = short {
                        ref.authors = author.map { [$0] } ?? []
                        ref.title = title.map { $0.trimmingCharacters(in: "*_") }
                    }
                    refs = [ref]
                } else {
                    titles = prepared.titles
                }
                refs[0].id = "r\(references.count + 1)"
                findings.append(CitationFindings.unresolved(refs[0], note: note))
            }
        }
        note.kind = refs.isEmpty ? .comment : .citation
        let first = references.count
        for (i, var ref) in refs.enumerated() {
            ref.id = "r\(references.count + 1)"
            ref.source = ref.source ?? note.source
            if ref.repeats == nil {
                full.append(references.count)
                fullTitles.append(titles?[i] ?? Self.normalized(ref.title ?? ""))
            }
            references.append(ref)
        }
        previousCitation = refs.isEmpty ? previousCitation : first
    }

    /// The references, handed over: the assembler keeps none, so the caller's array is the only one
    /// and can be changed in place (a copy of 140,000 references was a tenth of the 31 MB paper's peak).
    mutating func takeReferences() -> [Reference] {
        var taken: [Reference] = []
        swap(&taken, &references)
        return taken
    }

    /// The position of the full reference a short note repeats.
    private func resolve(_ short: ShortNote, before note: Note) -> Int? {
        switch short {
        case .previous:
            return previousCitation.map(root)
        case .earlier(let author, let title, let label, _):
            if let label {
                // Labels restart on every page in some papers: the nearest earlier note wins.
                guard let hit = references.lastIndex(where: { $0.label == label || String($0.note) == label }) else { return nil }
                let n = references[hit].note
                return references.firstIndex(where: { $0.note == n }).map(root)
            }
            if let title {
                let short = Self.normalized(title)
                guard short.count >= 2 else { return nil }
                return full.indices.last { k in
                    let t = fullTitles[k]
                    return (t.hasPrefix(short) || (short.count >= 6 && t.has(short)))
                        && (author.map { Self.names(references[full[k]], $0) } ?? true)
                }.map { full[$0] }
            }
            if let author { return full.last { Self.names(references[$0], author) } }
            return previousCitation.map(root)
        }
    }

    /// The full reference behind a repeat; ids are "r<position + 1>", so no search is needed.
    private func root(_ i: Int) -> Int {
        guard let id = references[i].repeats, let n = Int(id.dropFirst()), n >= 1, n <= references.count else { return i }
        return n - 1
    }

    private func repeating(_ target: Int, _ short: ShortNote, _ note: Note) -> Reference {
        var ref = references[target]
        ref.repeats = ref.id
        ref.note = note.index
        ref.label = note.label
        ref.raw = note.text
        ref.work = nil
        if case .previous(nil) = short, let prev = previousCitation {
            // "Ibid." alone: the same place as the note before.
            ref.pages = references[prev].pages
        } else {
            ref.pages = short.pinpoint
        }
        return ref
    }

    /// Whether a reference's first author is the one a short note names ("Klein et al." → Klein).
    static func names(_ ref: Reference, _ author: String) -> Bool {
        let cited = EntryAuthorYear.fold(author)
        let family: Substring
        if let f = cited.first, LineJoiner.isCJK(f) {
            family = cited.prefix(while: { $0 != "、" && $0 != "," && $0 != "，" && $0 != "等" })
        } else {
            family = cited.split(separator: " ").first.map { $0.trimmingCharacters(in: ",")[...] } ?? ""
        }
        guard !family.isEmpty else { return false }
        let haystack = EntryAuthorYear.fold(ref.authors.first ?? String(ref.raw.prefix(80)))
        return haystack.has(String(family))
    }

    /// Letters and digits only, lower case: titles compare across quotes, italics and punctuation.
    static func normalized(_ s: String) -> String {
        String(EntryAuthorYear.fold(s).filter { $0.isLetter || $0.isNumber })
    }
}

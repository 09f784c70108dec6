/// The state machine behind `FootnoteSegmenter`: it sees the classified lines in order, assembles
/// notes (joining wrapped lines), body paragraphs (joining a paragraph that a page break split
/// around a block of notes) and the body's note markers, then matches markers to notes.
struct Walker {
    struct PendingNote {
        var label: String
        var text: String
        var block: Int
        /// 1-based line and column where the note starts.
        var line: Int?
        var column: Int?
    }

    struct Marker {
        var label: String
        var block: Int
        var paragraph: Int
        var offset: Int
        var length: Int
        /// 1-based line and column of the marker in the paper, when the line's place is known.
        var line: Int? = nil
        var column: Int? = nil
    }

    let style: NoteLine.Style
    private var notes: [PendingNote] = []
    private var paragraphs: [ParagraphText] = []
    private var markers: [Marker] = []
    /// The place of the line being accepted, for the markers found in it.
    private var position: (line: Int, column: Int)?
    private var block = 0
    private var inBlock = false
    /// The previous line was a note, with no blank line since: a wrapped line may continue it.
    private var lastNoteOpen = false
    /// The last paragraph ended without a full stop before a block of notes: a page break split it.
    private var danglingParagraph: Int?
    private var paragraphOpen = false
    private var notesSinceParagraph = false

    init(style: NoteLine.Style) {
        self.style = style
    }

    /// `at`: the 1-based line and column of the line's first non-blank character, kept for notes.
    mutating func accept(_ line: NoteLine, at position: (line: Int, column: Int)? = nil) {
        self.position = position
        switch line {
        case .blank, .bullet:
            paragraphOpen = false
            if case .blank = line { lastNoteOpen = false }
        case .note(_, let label, let text):
            if !inBlock {
                inBlock = true
                notesSinceParagraph = true
            }
            notes.append(PendingNote(label: label, text: text, block: block, line: position?.line, column: position?.column))
            paragraphOpen = false
            lastNoteOpen = true
        case .body(let text):
            if lastNoteOpen, let last = notes.indices.last, continuesNote(notes[last].text, with: text) {
                LineJoiner.append(text, to: &notes[last].text)
                return
            }
            lastNoteOpen = false
            if inBlock {
                // Body text after a block of notes: a new page has begun, and its markers
                // belong to the next block.
                block += 1
                inBlock = false
            }
            addBody(text)
        }
    }

    private mutating func addBody(_ text: String) {
        // Most body lines hold no marker: those are counted, not copied into Characters.
        let chars: [Character]? = mayHoldMarker(text) ? Array(text) : nil
        let added = chars?.count ?? text.characterCount
        let index: Int
        if paragraphOpen, let last = paragraphs.indices.last {
            let tail = String(paragraphs[last].suffix(200))
            var joined = tail
            LineJoiner.append(text, to: &joined)
            let added = joined.dropFirst(tail.count)
            paragraphs[last].append(String(added), count: added.count)
            index = last
        } else if style != .markdown, notesSinceParagraph, let dangling = danglingParagraph, dangling == paragraphs.count - 1 {
            // Only printed pages break a paragraph around a block of notes; Markdown notes defined
            // under each paragraph (`…page.[^1]` then `[^1]: …`) leave every paragraph whole.
            paragraphs[dangling].append(text, count: added)
            index = dangling
        } else {
            paragraphs.append(ParagraphText(text, count: added))
            index = paragraphs.count - 1
        }
        notesSinceParagraph = false
        paragraphOpen = true
        if let chars { collectMarkers(in: chars, paragraph: index, base: paragraphs[index].count - chars.count) }
        danglingParagraph = endsOpen(paragraphs[index]) ? index : nil
    }

    /// Whether `collectMarkers` could find anything in `text`: the character each style's marker
    /// starts with is there.
    private func mayHoldMarker(_ text: String) -> Bool {
        switch style {
        case .circled: return text.unicodeScalars.contains { NoteLabel.isCircled($0) }
        case .markdown: return text.has("[^")
        case .numbered: return text.utf8.contains(UInt8(ascii: "["))
        }
    }

    private func endsOpen(_ p: ParagraphText) -> Bool {
        guard let last = p.lastNonWhitespace else { return false }
        return !"。！？!?.:：”」』)）".contains(last) && !NoteLabel.isCircled(last)
    }

    private mutating func collectMarkers(in chars: [Character], paragraph: Int, base: Int) {
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch style {
            case .circled:
                if NoteLabel.isCircled(c) {
                    let caret = i > 0 && chars[i - 1] == "^"
                    let start = caret ? i - 1 : i
                    markers.append(placed(Marker(label: String(c), block: block, paragraph: paragraph, offset: base + start, length: caret ? 2 : 1), at: start))
                }
            case .markdown:
                if c == "[", i + 1 < chars.count, chars[i + 1] == "^", let close = chars[i...].firstIndex(of: "]") {
                    let label = String(chars[(i + 2)..<close])
                    markers.append(placed(Marker(label: label, block: block, paragraph: paragraph, offset: base + i, length: close - i + 1), at: i))
                    i = close
                }
            case .numbered:
                if c == "[", let close = chars[i...].prefix(40).firstIndex(of: "]"), close > i + 1,
                   let labels = NumberedCitation.labels(chars[(i + 1)..<close]) {
                    for label in labels {
                        markers.append(placed(Marker(label: label, block: block, paragraph: paragraph, offset: base + i, length: close - i + 1), at: i))
                    }
                    i = close
                }
            }
            i += 1
        }
    }

    /// The marker at character `i` of the accepted line's text (which starts at the line's first
    /// non-blank character), with its line and column.
    private func placed(_ marker: Marker, at i: Int) -> Marker {
        var m = marker
        m.line = position?.line
        m.column = position.map { $0.column + i }
        return m
    }

    /// A line right after a note continues it when the note is visibly unfinished (no closing stop)
    /// or when the line carries on a URL.
    private func continuesNote(_ note: String, with line: String) -> Bool {
        if LineJoiner.endsInURL(note), let f = line.first, LineJoiner.isURLCharacter(f), f != "[" { return true }
        guard let last = note.last(where: { !$0.isWhitespace }) else { return false }
        if "。.]】）)".contains(last) { return false }
        return style != .circled || !line.contains(where: { NoteLabel.isCircled($0) })
    }

    /// Numbered labels the body cites ("[7]", "[2–5]") in order of first citation, with the sentence
    /// of that citation: the caller compares them with the list (`missing-reference`).
    func citedLabels() -> [(label: String, context: String, place: PaperLocation?)] {
        guard style == .numbered else { return [] }
        var seen = Set<String>()
        let first = markers.indices.filter { seen.insert(markers[$0].label).inserted }
        let sentences = sentences(of: first)
        return first.map { j in
            let m = markers[j]
            return (m.label, sentences[j] ?? "", m.line.map { PaperLocation(file: "", line: $0, column: m.column) })
        }
    }

    /// The citing sentence of each marker `wanted`, found paragraph by paragraph: each paragraph's
    /// Characters are rebuilt once, and only one paragraph's are held at a time on each core (the
    /// paragraphs are independent, so they are spread over the cores).
    private func sentences(of wanted: [Int]) -> [Int: String] {
        let markers = markers, paragraphs = paragraphs
        // The wanted markers in paragraph order, one group a paragraph.
        var groups: [[Int]] = []
        for j in wanted.sorted(by: { (markers[$0].paragraph, $0) < (markers[$1].paragraph, $1) }) {
            if let last = groups.last?.last, markers[last].paragraph == markers[j].paragraph {
                groups[groups.count - 1].append(j)
            } else {
                groups.append([j])
            }
        }
        let found = ConcurrentMap.map(groups) { group -> [(Int, String)] in
            let characters = paragraphs[markers[group[0]].paragraph].characters
            return group.map { j in
                (j, CitingSentence.around(markerOffset: markers[j].offset, markerLength: markers[j].length, in: characters))
            }
        }
        var result: [Int: String] = [:]
        result.reserveCapacity(wanted.count)
        for group in found {
            for (j, sentence) in group { result[j] = sentence }
        }
        return result
    }

    /// Called once, after `citedLabels()`: it lets the markers and paragraphs go before the notes are
    /// built (at 140,000 notes they were a third of the segmenter's peak).
    mutating func finish() -> [Note] {
        let taken = takenMarkers()
        let sentences = sentences(of: taken.compactMap { $0 })
        markers = []
        paragraphs = []
        var result: [Note] = []
        result.reserveCapacity(notes.count)
        for (i, pending) in notes.enumerated() {
            let sentence = taken[i].flatMap { sentences[$0] }
            let context = sentence?.isEmpty == false ? sentence : nil
            let source = pending.line.map { PaperLocation(file: "", line: $0, column: pending.column) }
            result.append(Note(index: i + 1, label: pending.label, kind: .citation, text: pending.text.trimmingWhitespace(),
                               context: context, source: source))
        }
        return result
    }

    /// The marker each note takes: the first left under its key (its label, and for circled numerals
    /// its page), in document order. The queues by key are dropped on return.
    private func takenMarkers() -> [Int?] {
        var queues: [String: [Int]] = [:]
        for (j, m) in markers.enumerated() { queues[key(m.label, m.block), default: []].append(j) }
        // (A cursor per key: removing from the front was quadratic in a label cited thousands of times.)
        var used: [String: Int] = [:]
        var taken: [Int?] = []
        taken.reserveCapacity(notes.count)
        for pending in notes {
            let k = key(pending.label, pending.block)
            let next = used[k, default: 0]
            if let queue = queues[k], next < queue.count {
                used[k] = next + 1
                taken.append(queue[next])
            } else {
                taken.append(nil)
            }
        }
        return taken
    }

    private func key(_ label: String, _ block: Int) -> String {
        style == .circled ? "\(block):\(label)" : label
    }
}

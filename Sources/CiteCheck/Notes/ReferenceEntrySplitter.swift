/// Splits the lines of an unnumbered reference list into entries, however a converter laid them
/// out: one entry per paragraph, entries wrapped over several lines with a hanging indent (or a
/// first-line indent), or wrapped flush left with nothing but the text to tell where one ends.
enum ReferenceEntrySplitter {
    static func split(_ lines: ArraySlice<Substring>) -> [String] { entries(lines).map(\.text) }

    /// The entries with the place each starts: the 1-based line (the slice's indices are the paper's
    /// 0-based line numbers) and the column of its first character.
    static func entries(_ lines: ArraySlice<Substring>) -> [(text: String, line: Int, column: Int)] {
        var entries: [(text: String, line: Int, column: Int)] = []
        var current: String?
        var start = (line: 0, column: 0)
        func close() {
            if let c = current?.trimmingWhitespace(), !c.isEmpty { entries.append((c, start.line, start.column)) }
            current = nil
        }
        for (first, block) in blocks(lines) {
            let indents = block.map(indent)
            let least = indents.min() ?? 0
            // Hanging indent: the first line sits further left than the lines that carry it on.
            let hanging = block.count > 1 && indents[0] == least && indents.contains(where: { $0 > least })
            let firstLine = block.count > 1 && indents[0] > least
            for (k, raw) in block.enumerated() {
                let (content, bulleted) = strip(raw)
                if content.isEmpty { continue }
                let starts: Bool
                if k == 0 || bulleted || current == nil {
                    starts = true
                } else if hanging {
                    starts = indents[k] == least
                } else if firstLine {
                    starts = indents[k] > least
                } else {
                    starts = endsEntry(current ?? "") && EntryStart.matches(content)
                }
                if starts {
                    close()
                    current = content
                    start = (first + k + 1, raw.prefix(while: \.isWhitespace).count + 1)
                } else if current != nil {
                    LineJoiner.append(content, to: &current!)
                }
            }
            close()
        }
        close()
        return entries
    }

    /// Runs of non-blank lines; a Markdown sub-heading ("### Books") separates them and is no entry.
    /// Each block with the index of its first line.
    static func blocks(_ lines: ArraySlice<Substring>) -> [(first: Int, lines: [Substring])] {
        var out: [(first: Int, lines: [Substring])] = []
        var block: [Substring] = []
        var first = lines.startIndex
        for (index, line) in zip(lines.indices, lines) {
            if line.allSatisfy(\.isWhitespace) || ReferenceListFinder.markdownLevel(line) != nil {
                if !block.isEmpty { out.append((first, block)); block = [] }
            } else {
                if block.isEmpty { first = index }
                block.append(line)
            }
        }
        if !block.isEmpty { out.append((first, block)) }
        return out
    }

    static func indent(_ line: Substring) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" || c == "\u{3000}" { n += 4 } else { break }
        }
        return n
    }

    /// The line's text without its indent and without a list bullet, and whether it had one.
    static func strip(_ line: Substring) -> (String, Bool) {
        var s = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
        var bulleted = false
        if let f = s.first, f == "-" || f == "*" || f == "•", s.dropFirst().first == " " {
            s = s.dropFirst(2).drop(while: { $0 == " " })
            bulleted = true
        }
        return (String(s).trimmingWhitespace(), bulleted)
    }

    /// An entry is complete when it ends with a full stop, a closing bracket, or a URL or DOI.
    static func endsEntry(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        if ".。)）]】>".contains(last) { return true }
        let token = LineJoiner.lastToken(text.trimmingWhitespace())
        return LineJoiner.endsInURL(token) || token.hasPrefix("10.") || token.lowercased().hasPrefix("doi:")
    }
}

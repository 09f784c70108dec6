/// Splits the lines of an unnumbered reference list into entries, however a converter laid them
/// out: one entry per paragraph, entries wrapped over several lines with a hanging indent (or a
/// first-line indent), or wrapped flush left with nothing but the text to tell where one ends.
enum ReferenceEntrySplitter {
    static func split(_ lines: ArraySlice<Substring>) -> [String] {
        var entries: [String] = []
        var current: String?
        func close() {
            if let c = current?.trimmingWhitespace(), !c.isEmpty { entries.append(c) }
            current = nil
        }
        for block in blocks(lines) {
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
    static func blocks(_ lines: ArraySlice<Substring>) -> [[Substring]] {
        var out: [[Substring]] = []
        var block: [Substring] = []
        for line in lines {
            if line.allSatisfy(\.isWhitespace) || ReferenceListFinder.markdownLevel(line) != nil {
                if !block.isEmpty { out.append(block); block = [] }
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { out.append(block) }
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

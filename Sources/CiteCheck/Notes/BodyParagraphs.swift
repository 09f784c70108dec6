/// The paragraphs of a paper's body, as characters: lines a converter wrapped are joined, blank
/// lines and Markdown headings end a paragraph.
enum BodyParagraphs {
    /// The paragraphs, and for each the lines it was joined from: the character offset where each
    /// line's text starts and the line's index in `lines` (a slice of the paper's lines keeps the
    /// paper's 0-based line numbers), so a citation found at an offset can name its line.
    struct Layout {
        var paragraphs: [[Character]] = []
        var lines: [[(offset: Int, line: Int, indent: Int)]] = []

        /// The 1-based line and column of the character at `offset` of paragraph `p`.
        func place(paragraph p: Int, offset: Int) -> (line: Int, column: Int)? {
            guard lines.indices.contains(p), let start = lines[p].last(where: { $0.offset <= offset }) ?? lines[p].first else {
                return nil
            }
            return (start.line + 1, max(0, offset - start.offset) + start.indent + 1)
        }
    }

    static func build(_ lines: ArraySlice<Substring>) -> [[Character]] { layout(lines).paragraphs }

    static func layout(_ lines: ArraySlice<Substring>) -> Layout {
        var layout = Layout()
        var current: String?
        var starts: [(offset: Int, line: Int, indent: Int)] = []
        var count = 0
        func close() {
            if let c = current, !c.isEmpty {
                layout.paragraphs.append(Array(c))
                layout.lines.append(starts)
            }
            current = nil
            starts = []
            count = 0
        }
        for (index, line) in zip(lines.indices, lines) {
            let s = String(line).trimmingWhitespace()
            if s.isEmpty { close(); continue }
            let indent = line.prefix(while: \.isWhitespace).count
            if s.hasPrefix("#") {
                close()
                layout.paragraphs.append(Array(s))
                layout.lines.append([(0, index, indent)])
                continue
            }
            if current == nil {
                current = s
                starts = [(0, index, indent)]
                count = s.count
            } else {
                // The joiner adds one space between words, none between CJK characters or URL pieces.
                let before = current!.utf8.count
                LineJoiner.append(s, to: &current!)
                let space = current!.utf8.count - before > s.utf8.count ? 1 : 0
                starts.append((count + space, index, indent))
                count += space + s.count
            }
        }
        close()
        return layout
    }
}

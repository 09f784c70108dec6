/// How one line of a paper reads to the segmenter.
enum NoteLine: Equatable {
    enum Style: Equatable { case circled, markdown, numbered }

    case blank
    /// A line holding only a list marker ("-", "*"), left behind by converters between notes.
    case bullet
    case note(style: Style, label: String, text: String)
    case body(String)

    /// Classifies a line. `numbered` enables "[1] …", "1. …" and "1) …" note lines, which are only
    /// notes inside a references section (elsewhere they are ordinary numbered lists).
    static func classify(_ line: Substring, numbered: Bool) -> NoteLine {
        var s = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        if s.isEmpty { return .blank }
        if s == "-" || s == "*" || s == "•" { return .bullet }
        var rest = s
        // "- ①", "* ①", "• ①": a list marker before the label.
        if let f = rest.first, f == "-" || f == "*" || f == "•",
           rest.dropFirst().first == " " {
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        var caret = false
        if rest.first == "^" { caret = true; rest = rest.dropFirst() }
        if let f = rest.first, NoteLabel.isCircled(f) {
            let text = rest.dropFirst().drop(while: { $0 == " " || $0 == "\u{3000}" })
            // A bare marker followed by nothing is not a note.
            if !text.isEmpty { return .note(style: .circled, label: String(f), text: String(text)) }
        }
        if caret { return .body(String(s)) }
        // Markdown footnote definition: [^id]: text
        if s.hasPrefix("[^"), let close = s.firstIndex(of: "]"), s[s.index(after: close)...].hasPrefix(":") {
            let id = s[s.index(s.startIndex, offsetBy: 2)..<close]
            let text = s[s.index(close, offsetBy: 2)...].drop(while: { $0 == " " })
            if !id.isEmpty, !text.isEmpty { return .note(style: .markdown, label: String(id), text: String(text)) }
        }
        if numbered, let (label, text) = numberedItem(s) {
            return .note(style: .numbered, label: label, text: text)
        }
        return .body(String(s))
    }

    /// "[12] text", "12. text", "12) text" → ("12", "text").
    private static func numberedItem(_ s: Substring) -> (String, String)? {
        var rest = s
        let bracket = rest.first == "["
        if bracket { rest = rest.dropFirst() }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        rest = rest.dropFirst(digits.count)
        if bracket {
            guard rest.first == "]" else { return nil }
        } else {
            guard rest.first == "." || rest.first == ")" else { return nil }
        }
        rest = rest.dropFirst()
        if !bracket {
            guard let space = rest.first, space == " " || space == "\t" else { return nil }
        }
        let text = rest.drop(while: { $0 == " " || $0 == "\t" })
        guard !text.isEmpty else { return nil }
        return (String(digits), String(text))
    }
}

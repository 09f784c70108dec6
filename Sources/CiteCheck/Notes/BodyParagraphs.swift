/// The paragraphs of a paper's body, as characters: lines a converter wrapped are joined, blank
/// lines and Markdown headings end a paragraph.
enum BodyParagraphs {
    static func build<C: Collection>(_ lines: C) -> [[Character]] where C.Element == Substring {
        var paragraphs: [[Character]] = []
        var current: String?
        func close() {
            if let c = current, !c.isEmpty { paragraphs.append(Array(c)) }
            current = nil
        }
        for line in lines {
            let s = String(line).trimmingWhitespace()
            if s.isEmpty { close(); continue }
            if s.hasPrefix("#") {
                close()
                paragraphs.append(Array(s))
                continue
            }
            if current == nil { current = s } else { LineJoiner.append(s, to: &current!) }
        }
        close()
        return paragraphs
    }
}

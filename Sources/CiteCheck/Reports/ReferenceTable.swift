/// The table `citecheck parse` prints: one row per note, a line per reference it cites.
public enum ReferenceTable {
    public static func render(_ parsed: ParsedPaper) -> String {
        var out = ""
        if let title = parsed.paper.title { out += "Paper:    \(UntrustedText.escaped(title))\n" }
        if let doi = parsed.paper.doi { out += "DOI:      \(UntrustedText.escaped(doi))\n" }
        if let r = parsed.paper.received { out += "Received: \(r)\n" }
        if let p = parsed.paper.published { out += "Published: \(p)\n" }
        let comments = parsed.notes.filter { $0.kind == .comment }.count
        let urls = parsed.references.reduce(0) { $0 + $1.urls.count }
        out += "\(parsed.notes.count) notes (\(comments) comments), \(parsed.references.count) references, \(urls) URLs\n\n"
        let header = ["note", "kind", "first author", "title", "date", "URL", "accessed"]
        var rows: [[String]] = []
        let byNote = Dictionary(grouping: parsed.references, by: \.note)
        for note in parsed.notes {
            let label = "\(note.index) \(note.label)"
            guard let refs = byNote[note.index], !refs.isEmpty else {
                rows.append([label, "comment", "", clip(note.text, 30), "", "", ""])
                continue
            }
            for (i, ref) in refs.enumerated() {
                rows.append([
                    i == 0 ? label : "", "citation", clip(ref.authors.first ?? "", 18), clip(ref.title ?? "?", 30),
                    ref.date?.description ?? "", clip(ref.urls.first ?? "", 44), ref.accessed?.description ?? "",
                ])
            }
        }
        let widths = header.indices.map { col in ([header] + rows).map { displayWidth($0[col]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - displayWidth(c)) }
                .joined(separator: "  ").trimmingWhitespaceAtEnd() + "\n"
        }
        out += line(header)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line(row) }
        return out
    }

    /// Shortens to `width` terminal columns (CJK characters take two), marking the cut with "…".
    static func clip(_ raw: String, _ width: Int) -> String {
        // The paper's text reaches the terminal here: no escape sequence may pass.
        let s = UntrustedText.escaped(raw)
        if displayWidth(s) <= width { return s }
        var out = ""
        var w = 0
        for c in s {
            let cw = charWidth(c)
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…"
    }

    static func displayWidth(_ s: String) -> Int { s.reduce(0) { $0 + charWidth($1) } }

    static func charWidth(_ c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}

extension String {
    func trimmingWhitespaceAtEnd() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " { s.removeLast() }
        return String(s)
    }
}

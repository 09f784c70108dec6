/// Finds a reference list printed without numbers (APA, Harvard, Chicago author-date, MLA works
/// cited, GB/T 7714 著者-出版年制) by its heading, and where it ends.
enum ReferenceListFinder {
    /// Headings of a list of works; "Notes" and 注释 are not among them (those are notes).
    static let headings: Set<String> = [
        "references", "reference list", "references cited", "bibliography", "select bibliography",
        "works cited", "literature cited", "sources", "参考文献", "参考资料", "引用文献", "主要参考文献",
        "literatur", "literaturverzeichnis", "bibliographie", "références", "références bibliographiques",
    ]

    /// Headings that end the list: back matter after it.
    static let endings: Set<String> = [
        "appendix", "appendices", "附录", "acknowledgments", "acknowledgements", "致谢", "notes", "注释",
        "about the author", "about the authors", "author biographies", "作者简介", "tables", "figures",
    ]

    /// The list's heading line and the lines of the list itself, or nil when the paper has none.
    /// The last matching heading wins: a table of contents may name the list earlier.
    static func find(_ lines: [Substring]) -> (heading: Int, entries: Range<Int>)? {
        guard let heading = lines.indices.last(where: { isHeading(lines[$0], in: headings) }) else { return nil }
        // A Markdown heading of the list's level or above ends it; a lower one ("### Books") divides it.
        let level = markdownLevel(lines[heading]) ?? 1
        var end = heading + 1
        while end < lines.count {
            let line = lines[end]
            if isHeading(line, in: endings) { break }
            if let l = markdownLevel(line), l <= level { break }
            end += 1
        }
        return (heading, (heading + 1)..<end)
    }

    /// 2 for "## Notes", nil for a line that is no Markdown heading.
    static func markdownLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        return hashes > 0 && line.dropFirst(hashes).first == " " ? hashes : nil
    }

    /// A short line that reads as one of `names`, ignoring Markdown marks, a section number and a colon.
    static func isHeading(_ line: Substring, in names: Set<String>) -> Bool {
        guard line.utf8.count < 80 else { return false }
        var s = line.trimmingCharacters(in: " \t\u{3000}#*_:：")
        // ASCII digits only: 参 counts as a numeral to Unicode.
        while let f = s.first, (f.isASCII && f.isNumber) || f == "." || f == " " { s.removeFirst() }
        if let f = s.first, "IVX".contains(f), let dot = s.firstIndex(of: "."),
           s[..<dot].allSatisfy({ "IVX".contains($0) }) {
            s = String(s[s.index(after: dot)...]).trimmingWhitespace()
        }
        return names.contains(s.lowercased())
    }
}

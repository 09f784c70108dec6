import Foundation
@testable import CiteCheck

/// The field-level evaluation of bench/styles: the fixtures rendered by citeproc-py (and refextract's
/// answers on them), scored field by field with the rules of docs/benchmarks.md.
enum StyleEvaluation {
    static let fields = ["title", "author", "year", "date", "container", "url", "accessed", "doi"]
    static let styles = [
        "gbt7714-numeric", "gbt7714-author-date", "gbt7714-note", "apa", "chicago-notes", "chicago-bibliography",
        "chicago-author-date", "mla", "ieee", "vancouver", "harvard",
    ]

    struct Row: Decodable {
        var id: String
        var type: String
        var language: String
        var text: String
        var expected: [String: String?]
    }

    /// What one parser found in one entry, as strings.
    typealias Found = [String: String?]

    /// Correct and scored counts per field. An entry counts for a field when the style prints it or
    /// the parser reports it: a value made up where the style printed none is a miss too.
    struct Score {
        var correct: [String: Int] = [:]
        var scored: [String: Int] = [:]
        var misses: [String: [String]] = [:]

        func value(_ field: String) -> Double {
            let n = scored[field] ?? 0
            return n == 0 ? 1 : Double(correct[field] ?? 0) / Double(n)
        }

        mutating func add(_ row: Row, _ found: Found) {
            for field in StyleEvaluation.fields {
                var want = row.expected[field] ?? nil
                // A style that leaves the author out (APA's legislation) cannot be asked for one.
                if field == "author", let w = want, !StyleEvaluation.normalized(row.text).contains(StyleEvaluation.normalized(w)) { want = nil }
                let got = found[field] ?? nil
                guard want != nil || got != nil else { continue }
                scored[field, default: 0] += 1
                if StyleEvaluation.matches(field, want, got) {
                    correct[field, default: 0] += 1
                } else if misses[field, default: []].count < 400 {
                    misses[field, default: []].append("\(row.id): want \(want ?? "nil") got \(got ?? "nil") | \(row.text)")
                }
            }
        }
    }

    static func rows(_ style: String) throws -> [Row] {
        try JSONDecoder().decode([Row].self, from: Fixtures.data("styles/\(style).expected.json"))
    }

    /// The author-date styles whose entries are also scored as the unnumbered list a paper ends with.
    static let listStyles = ["gbt7714-author-date", "apa", "chicago-bibliography", "chicago-author-date", "mla", "harvard"]

    /// CiteCheck end to end: the rendered paper through the parse stage, one reference per note
    /// (`list`: per entry of the unnumbered list).
    static func citeCheck(_ style: String, list: Bool = false) throws -> Score {
        let rows = try rows(style)
        let file = "styles/\(style)\(list ? ".list" : "").txt"
        let parsed = try PaperParser().parse(PaperText(path: style, text: Fixtures.text(file), encoding: "UTF-8"))
        var firstOfNote: [Int: Reference] = [:]
        for ref in parsed.references where firstOfNote[ref.note] == nil { firstOfNote[ref.note] = ref }
        var score = Score()
        for (i, row) in rows.enumerated() {
            score.add(row, firstOfNote[i + 1].map(found) ?? [:])
        }
        return score
    }

    /// refextract's answers, recorded by bench/styles/render.py (English styles only).
    static func refextract(_ style: String) throws -> Score {
        let rows = try rows(style)
        let answers = try JSONDecoder().decode([Found].self, from: Fixtures.data("styles/refextract/\(style).json"))
        var score = Score()
        for (row, answer) in zip(rows, answers) { score.add(row, answer) }
        return score
    }

    static func found(_ r: Reference) -> Found {
        [
            "title": r.title, "author": r.authors.first, "year": r.date.map { String($0.year) },
            "date": r.date?.description, "container": r.container, "url": r.urls.first { !isDOILink($0) },
            "accessed": r.accessed?.description, "doi": r.doi,
        ]
    }

    static func isDOILink(_ url: String) -> Bool { url.lowercased().contains("doi.org/10.") }

    static func matches(_ field: String, _ want: String?, _ got: String?) -> Bool {
        guard let want, let got else { return false }
        switch field {
        case "title", "container": return normalized(want) == normalized(got)
        case "author":
            // The first author's family name (or the corporate name), and not the whole list.
            let w = normalized(want), g = normalized(got)
            return g.contains(w) && g.count <= w.count + 24
        case "url": return want == got.trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))
        case "doi": return bareDOI(want) == bareDOI(got)
        default: return want == got
        }
    }

    /// Letters and digits only, lower-cased: case, quotes and punctuation are the style's, not the work's.
    static func normalized(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    static func bareDOI(_ s: String) -> String {
        var d = s.lowercased().trimmingCharacters(in: .whitespaces)
        for prefix in ["doi:", "https://doi.org/", "http://dx.doi.org/"] where d.hasPrefix(prefix) { d = String(d.dropFirst(prefix.count)) }
        return d.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    }

    /// A Markdown table: one row per style, one column per field.
    static func table(_ scores: [(String, Score)]) -> String {
        var out = "| style | " + fields.joined(separator: " | ") + " |\n|---" + String(repeating: "|---:", count: fields.count) + "|\n"
        for (style, score) in scores {
            // "n/a": the style prints no such field and the parser reported none.
            out += "| \(style) | " + fields.map { (score.scored[$0] ?? 0) == 0 ? "n/a" : String(format: "%.3f", score.value($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

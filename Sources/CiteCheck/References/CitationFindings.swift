/// The parse stage's findings about citations and the list they point to: `missing-reference`
/// (error), `uncited-reference` (warning) and `unresolved-short-note` (warning). They reach
/// `parse --format json` and `check` alike.
enum CitationFindings {
    static func missing(cited: String, sentence: String?) -> Finding {
        Finding(kind: .missingReference, severity: .error,
                message: "the text cites \(cited)" + quote(sentence) + ", but the reference list has no entry for it")
    }

    static func missingNumbered(label: String, sentence: String?) -> Finding {
        Finding(kind: .missingReference, severity: .error,
                message: "the text cites [\(label)]" + quote(sentence) + ", but the reference list has no entry \(label)")
    }

    static func uncited(_ reference: Reference, name: String) -> Finding {
        Finding(kind: .uncitedReference, severity: .warning, reference: reference.id,
                message: "\(name) is in the reference list but never cited in the text")
    }

    static func unresolved(_ reference: Reference, note: Note) -> Finding {
        Finding(kind: .unresolvedShortNote, severity: .warning, reference: reference.id,
                message: "note \(note.index) (\(quoted(note.text, limit: 80))) abbreviates an earlier citation, but no earlier note gives the full reference")
    }

    /// "Klein (2014)", "张三（2020）": an entry's first author and year, as a message names it.
    static func name(_ author: String, _ year: String?) -> String {
        guard let year else { return author }
        return author.last.map(LineJoiner.isCJK) == true ? "\(author)（\(year)）" : "\(author) (\(year))"
    }

    private static func quote(_ sentence: String?) -> String {
        guard let s = sentence, !s.isEmpty else { return "" }
        return " in \(quoted(s, limit: 240))"
    }

    private static func quoted(_ s: String, limit: Int) -> String {
        let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "“" + (flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…") + "”"
    }
}

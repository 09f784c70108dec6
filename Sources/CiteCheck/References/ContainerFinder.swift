/// The journal, website, book or publisher after an English-style title: the first element of the
/// rest that is not a volume, page, edition, note, place or editor list. "In Book, edited by …",
/// "In F. Editor (eds.), Book", "New Haven: Yale University Press", "Research Policy 15, no. 4".
enum ContainerFinder {
    static func first(in f: CitationFields, tail: [Unicode.Scalar], base: Int) -> String? {
        var editors = false
        var names = false
        let parts = components(tail)
        for (index, r) in parts.enumerated() {
            var text = String(scalars: tail[r]).trimmingCharacters(in: " .*:")
            var lo = r.lowerBound
            if text.isEmpty || text.allSatisfy({ $0.isNumber || "-–—/ ".contains($0) }) { continue }
            let lower = text.lowercased()
            if editors {
                if ["editors", "editor", "eds", "ed", "(eds", "(ed"].contains(lower.trimmingCharacters(in: " .()")) { editors = false }
                continue
            }
            for prefix in ["In: ", "In ", "in "] where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
                lo += prefix.unicodeScalars.count + (String(scalars: tail[r]).prefix(while: { $0 == " " }).count)
                break
            }
            if (lo > r.lowerBound || names) && isNameList(text) || editorsFollow(parts, after: index, in: tail, text: text) {
                // "In F. L. Lindqvist & L. L. Kahle (eds.)": the editors, then the book.
                editors = true
                continue
            }
            if isPlace(r, in: tail) { continue }
            if skipped(lower) || CitationSegments.looksLikeNumber(text) {
                // "trans. Y. J. Taddeo and G. L. Jones", "ed. J. Smith": names follow.
                names = ["trans", "ed", "edited by", "translated by", "eds"].contains { lower == $0 || lower.hasPrefix($0 + ".") }
                continue
            }
            names = false
            // "New Haven: Yale University Press", "Paris: International Organization for
            // Standardization": the place goes.
            if let colon = text.range(of: ": ") {
                let place = text[..<colon.lowerBound], after = text[colon.upperBound...]
                let words = after.split(separator: " ")
                let small: Set<Substring> = ["for", "of", "and", "the", "de", "&", "in", "on"]
                if place.count <= 30, place.split(separator: " ").count <= 3, !text.unicodeScalars.contains(where: CitationSegments.isDigit),
                   words.count <= 7,
                   words.allSatisfy({ $0.first?.isUppercase == true || small.contains($0) || $0.contains(where: LineJoiner.isCJK) }) {
                    text = String(after)
                }
            }
            // "Research Policy 15": the volume of a Chicago citation.
            let parts = text.split(separator: " ")
            if parts.count > 1, let last = parts.last, last.count <= 3, last.allSatisfy(\.isNumber) {
                text = parts.dropLast().joined(separator: " ")
            }
            guard let range = locate(text, in: f, from: base + lo) else { return text.nilIfEmpty }
            return f.original(range).trimmingCharacters(in: " *.").nilIfEmpty
        }
        return nil
    }

    /// "In: 何艳, 刘霞, 胡平, editors." / "Nguyen RK, Smith DL, editors.": names up to "editors".
    static func editorsFollow(_ parts: [Range<Int>], after index: Int, in tail: [Unicode.Scalar], text: String) -> Bool {
        guard isNameList(text) || text.count <= 4 && text.allSatisfy(LineJoiner.isCJK) || text.hasPrefix("In:") else { return false }
        for r in parts[(index + 1)...].prefix(8) {
            let t = String(scalars: tail[r]).trimmingCharacters(in: " .:()").lowercased()
            if ["editors", "editor", "eds", "ed", "主编", "编"].contains(t) { return true }
            let original = String(scalars: tail[r]).trimmingCharacters(in: " ")
            if !(isNameList(original) || original.count <= 4 && original.allSatisfy(LineJoiner.isCJK)) { return false }
        }
        return false
    }

    /// "Cambridge" in "Cambridge, MA: Harvard University" or "[Cambridge, MA]: …": a place, before a
    /// colon with no number between.
    static func isPlace(_ r: Range<Int>, in tail: [Unicode.Scalar]) -> Bool {
        let words = String(scalars: tail[r]).split(separator: " ")
        guard (1...3).contains(words.count), r.count <= 26 else { return false }
        var i = r.upperBound
        while i < tail.count, i < r.upperBound + 10 {
            let c = tail[i]
            if c == ":" { return i + 1 < tail.count && tail[i + 1] == " " && i > r.upperBound }
            if CitationSegments.isDigit(c) || c == "." || c == ";" || c == "(" { return false }
            i += 1
        }
        return false
    }

    /// "F. L. Lindqvist and L. L. Kahle", "Lindqvist FL": people, named with initials.
    static func isNameList(_ text: String) -> Bool {
        let names = AuthorList.parse(text)
        guard !names.isEmpty, names.allSatisfy(AuthorList.looksLikePersonName) else { return false }
        return names.contains { $0.split(separator: " ").contains { w in w.count <= 6 && w.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" } } }
    }

    static let notes = [
        "vol", "no", "p", "pp", "doi", "available", "online", "accessed", "internet", "ed", "edn", "edition", "phd diss",
        "publication", "dataset", "computer software", "report", "located at", "retrieved", "eds", "editors", "editor",
        "edited by", "version", "v", "patent", "released", "issued", "trans", "translated by", "n.d", "cited",
        "博士学位论文", "硕士学位论文", "学位论文", "phd thesis", "master's thesis", "thesis",
    ]

    /// Notes that begin an element: "vol. 12", "Available from: …", "edited by …".
    static let prefixes = [
        "vol", "no", "p", "pp", "doi", "available", "accessed", "edited by", "version", "v", "patent", "released",
        "issued", "trans", "translated by", "located at", "retrieved", "cited", "ed", "eds", "phd diss", "report",
    ]

    static func skipped(_ lower: String) -> Bool {
        let t = lower.trimmingCharacters(in: " .()[]")
        for n in notes where t == n { return true }
        for n in prefixes where t.hasPrefix(n + " ") || t.hasPrefix(n + ".") || t.hasPrefix(n + ":") { return true }
        // "5th ed", "2nd edition", "3 版".
        if t.hasSuffix(" ed") || t.hasSuffix(" edition") || t.hasSuffix(" edn") { return t.split(separator: " ").count <= 3 }
        return false
    }

    /// Elements of the rest: split at commas, full stops, semicolons, brackets and parentheses.
    static func components(_ w: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = 0
        var i = 0
        while i < w.count {
            let c = w[i]
            let cut = c == "," || c == ";" || c == "(" || c == ")" || c == "[" || c == "]" || c == "。"
                || (c == "." && (i + 1 == w.count || w[i + 1] == " ") && !CitationSegments.isAbbreviation(w, dot: i, dottedInitials: true))
            if cut {
                if i > s { out.append(s..<i) }
                s = i + 1
            }
            i += 1
        }
        if s < w.count { out.append(s..<w.count) }
        return out
    }

    private static func locate(_ text: String, in f: CitationFields, from: Int) -> Range<Int>? {
        guard from < f.work.count else { return nil }
        let hay = f.folded(from..<f.work.count)
        guard let r = hay.range(of: text) else { return nil }
        return f.offsets(r, in: hay, base: from)
    }
}

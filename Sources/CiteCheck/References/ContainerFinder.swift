/// The journal, website, book or publisher after an English-style title: the first element of the
/// rest that is not a volume, page, edition, note, place or editor list. "In Book, edited by …",
/// "In F. Editor (eds.), Book", "New Haven: Yale University Press", "Research Policy 15, no. 4".
enum ContainerFinder {
    /// `dateAt`: where the publication date stands in `tail` when it follows the title unbracketed
    /// ("“Title”, 2009, Library of Congress."): what comes after it is an archive or a note, not the
    /// container, unless a thesis note follows ("2015. 南京大学, 博士学位论文").
    static func first(in f: CitationFields, tail: [Unicode.Scalar], base: Int, dateAt: Int? = nil) -> String? {
        var editors = false
        var names = false
        var namesFollowBareNote = false
        let original = Array(f.text.original[min(base, f.text.original.count)...])
        let parts = components(tail, original: original)
        for (index, r) in parts.enumerated() {
            var text = String(scalars: tail[r]).trimmingCharacters(in: " .*:")
            var lo = r.lowerBound
            if text.isEmpty || text.allSatisfy({ $0.isNumber || "-–—/ ".contains($0) }) { continue }
            let lower = text.lowercased()
            if editors {
                if ["editors", "editor", "eds", "ed", "(eds", "(ed", "trans", "译"].contains(lower.trimmingCharacters(in: " .()")) { editors = false }
                continue
            }
            if let dateAt, r.lowerBound >= dateAt, !thesisNoteFollows(parts, after: index, in: tail) { return nil }
            for prefix in ["In: ", "In ", "in "] where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
                lo += prefix.unicodeScalars.count + (String(scalars: tail[r]).prefix(while: { $0 == " " }).count)
                break
            }
            // "trans. Y. J. Taddeo and G. L. Jones", "ed. R. K. Nguyen et al.", "Edited by 徐强 and 黄杰":
            // the names after the note, then the container.
            // Names continue after the bare note ("trans. M. A. Floridi") or after a comma
            // ("Edited by R. K. Nguyen, S. M. O'Brien"), not into the next element ("… K. Floridi. MIT Press").
            if names, namesFollowBareNote || (r.lowerBound > 0 && tail[r.lowerBound - 1] == ",") {
                namesFollowBareNote = false
                var t = text
                for and in ["and ", "& "] where t.hasPrefix(and) { t.removeFirst(and.count) }
                if isNameList(t) || isCJKNameList(t) { continue }
            }
            namesFollowBareNote = false
            if lo > r.lowerBound && isNameList(text) || editorsFollow(parts, after: index, in: tail, text: text) {
                // "In F. L. Lindqvist & L. L. Kahle (eds.)": the editors, then the book.
                editors = true
                continue
            }
            if isPlace(r, in: tail) || placeWithoutPublisher(r, in: tail) { continue }
            // "[MT]", "[CD]": a bracketed code of the kind of work.
            if r.lowerBound > 0, tail[r.lowerBound - 1] == "[", text.count <= 5, text.allSatisfy({ $0.isUppercase || $0 == "/" }) { continue }
            let volume = chicagoVolume(text)
            if skipped(lower) || volume == nil && CitationSegments.looksLikeNumber(text) {
                // The names may start in the same element: "Edited by 徐强 and 黄杰".
                let notes = ["trans", "ed", "edited by", "translated by", "eds"]
                names = notes.contains { lower == $0 || lower.hasPrefix($0 + ".") || lower.hasPrefix($0 + " ") }
                namesFollowBareNote = notes.contains { lower == $0 || lower == $0 + "." }
                continue
            }
            names = false
            // "New Haven: Yale University Press", "Paris: International Organization for
            // Standardization": the place goes.
            if let colon = text.byteRange(of: ": ") {
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
            if let volume { text = volume }
            guard let range = locate(text, in: f, from: base + lo) else { return text.nilIfEmpty }
            return f.original(range).trimmingCharacters(in: " *.").nilIfEmpty
        }
        return nil
    }

    /// "In: 何艳, 刘霞, 胡平, editors." / "Nguyen RK, Smith DL, editors." / "in 何艳, 刘霞, and 胡平
    /// (eds.)": names up to "editors".
    static func editorsFollow(_ parts: [Range<Int>], after index: Int, in tail: [Unicode.Scalar], text: String) -> Bool {
        guard isNameList(text) || isCJKNameList(text) || text.hasPrefix("In:") else { return false }
        for r in parts[(index + 1)...].prefix(8) {
            let t = String(scalars: tail[r]).trimmingCharacters(in: " .:()").lowercased()
            if ["editors", "editor", "eds", "ed", "主编", "编", "trans", "译"].contains(t) { return true }
            var original = String(scalars: tail[r]).trimmingCharacters(in: " ")
            for and in ["and ", "& "] where original.hasPrefix(and) { original.removeFirst(and.count) }
            if !(isNameList(original) || isCJKNameList(original)) { return false }
        }
        return false
    }

    /// "何艳", "李芳 and 吴丽", "何艳, 刘霞": Chinese personal names of two to four characters.
    static func isCJKNameList(_ text: String) -> Bool {
        // No Chinese character, no Chinese name: the list is not parsed for nothing.
        guard text.unicodeScalars.contains(where: LineJoiner.isCJK) else { return false }
        let names = AuthorList.parse(text)
        return !names.isEmpty && names.count <= 8 && names.allSatisfy { (2...4).contains($0.count) && $0.allSatisfy(LineJoiner.isCJK) }
    }

    /// "PLOS ONE 30", "Research Policy 15": a journal's name and its volume (not "No. 35", "EUR 30113 EN").
    static func chicagoVolume(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count > 1, let last = parts.last, last.count <= 3, last.allSatisfy(\.isNumber) else { return nil }
        let words = parts.dropLast()
        guard words.allSatisfy({ $0.allSatisfy { $0.isLetter || "&-'*".contains($0) } }) else { return nil }
        // "ISO 690", "SP 800": one upper-case word and a number name a document.
        if words.count == 1, let word = words.first, word.count < 3 || word.allSatisfy(\.isUppercase) { return nil }
        return words.joined(separator: " ")
    }

    /// "Geneva., 2021": a place printed without its publisher, then the date.
    static func placeWithoutPublisher(_ r: Range<Int>, in tail: [Unicode.Scalar]) -> Bool {
        let text = String(scalars: tail[r]).trimmingCharacters(in: " ")
        guard text.hasSuffix("."), r.upperBound < tail.count, tail[r.upperBound] == "," else { return false }
        return text.split(separator: " ").count <= 3
    }

    /// "PhD dissertation", "博士学位论文", "Master's thesis" among the next elements.
    static func thesisNoteFollows(_ parts: [Range<Int>], after index: Int, in tail: [Unicode.Scalar]) -> Bool {
        for r in parts[(index + 1)...].prefix(2) {
            let t = String(scalars: tail[r]).lowercased()
            if t.has("dissertation") || t.has("thesis") || t.has("学位论文") || t.has("phd diss") { return true }
        }
        return false
    }

    /// "Cambridge" in "Cambridge, MA: Harvard University" or "[Cambridge, MA]: …": a place, before a
    /// colon with no number between.
    static func isPlace(_ r: Range<Int>, in tail: [Unicode.Scalar]) -> Bool {
        let text = String(scalars: tail[r])
        let words = text.split(separator: " ")
        guard (1...3).contains(words.count), r.count <= 26, !text.unicodeScalars.contains(where: CitationSegments.isDigit),
              words.first != "in", words.first != "In" else { return false }
        var i = r.upperBound
        while i < tail.count, i < r.upperBound + 10 {
            let c = tail[i]
            if c == ":" { return i + 1 < tail.count && tail[i + 1] == " " && i > r.upperBound }
            // "Cambridge, MA:", "[Cambridge, MA]:": only a state's or country's short code between.
            if !(c == "," || c == " " || c == "]" || c == "." || (c.isASCII && c.properties.isUppercase)) { return false }
            if c == ".", !(i > r.upperBound && tail[i - 1].properties.isUppercase) { return false }
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
        "博士学位论文", "硕士学位论文", "学位论文", "phd thesis", "master's thesis", "thesis", "cd", "dvd", "cd-rom",
    ]

    /// Notes that begin an element: "vol. 12", "Available from: …", "edited by …".
    static let prefixes = [
        "vol", "no", "p", "pp", "doi", "available", "accessed", "edited by", "version", "v", "patent", "released",
        "issued", "trans", "translated by", "located at", "retrieved", "cited", "ed", "eds", "phd diss", "report",
    ]

    /// Each prefix with the space, full stop or colon after it, made once (not on every element).
    static let prefixForms = prefixes.flatMap { [$0 + " ", $0 + ".", $0 + ":"] }

    static func skipped(_ lower: String) -> Bool {
        let t = lower.trimmingCharacters(in: " .()[]")
        for n in notes where t == n { return true }
        for p in prefixForms where t.hasPrefix(p) { return true }
        // "5th ed", "2nd edition", "3 版".
        if t.hasSuffix(" ed") || t.hasSuffix(" edition") || t.hasSuffix(" edn") { return t.split(separator: " ").count <= 3 }
        // "2nd 版", "第2版".
        if t.hasSuffix("版"), t.count <= 8, t.contains(where: \.isNumber) { return true }
        return false
    }

    /// Elements of the rest: split at commas, full stops, semicolons, brackets and parentheses.
    /// Not at a comma inside a name ("Content Drift, Trust, and Accountability"), nor at the
    /// full-width parentheses of a Chinese title ("（第二版）"), which `original` still shows.
    static func components(_ w: [Unicode.Scalar], original: [Unicode.Scalar] = []) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = 0
        var i = 0
        while i < w.count {
            let c = w[i]
            let fullWidth = i < original.count && (original[i] == "（" || original[i] == "）")
            let cut = (c == "," && !SeriesComma.isInside(w, at: i)) || c == ";" || ((c == "(" || c == ")") && !fullWidth)
                || c == "[" || c == "]" || c == "。"
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
        guard let r = hay.byteRange(of: text) else { return nil }
        return f.offsets(r, in: hay, base: from)
    }
}

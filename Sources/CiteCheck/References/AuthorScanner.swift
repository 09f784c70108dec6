/// Finds where the author list at the start of an English-style entry ends, when no quoted title
/// marks it: "Klein, M. A., and J. Zittrain. Title…", "Klein, M. A. (2014). Title…",
/// "M. A. Klein and J. Zittrain, Title…", "Klein MA, Zittrain J. Title…", "U.S. Congress. Title…".
/// A hand-written scanner over the folded scalars; returns the offset of the character that ends the
/// list (its full stop, comma or opening parenthesis).
enum AuthorScanner {
    static func end(_ w: [Unicode.Scalar], from start: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? w.count, w.count, start + 400)
        // APA and Harvard: the list runs up to the parenthesised date, "(2014)", "(2014a)", "(n.d.)",
        // which comes before any full stop that is not an initial's.
        let firstStop = CitationSegments.stop(w, from: start, limit: end, dottedInitials: true) ?? end
        if let open = dateParenthesis(w, from: start, limit: min(end, firstStop + 1)) { return open }
        // "OECD. (2022, May 17).": a corporate author's full stop, then APA's date.
        let afterStop = CitationSegments.skipSpace(w, firstStop + 1)
        if firstStop < end, afterStop + 4 < w.count, w[afterStop] == "(", !w[start..<firstStop].contains(","),
           CitationSegments.year(at: afterStop + 1, in: w) != nil || (w[afterStop + 1] == "n" && w[afterStop + 2] == ".") {
            return firstStop
        }
        let words = Self.words(w, from: start, limit: end)
        guard let first = words.first else { return nil }
        if first.text.unicodeScalars.first.map({ LineJoiner.isCJK(Character($0)) }) == true {
            return cjkListEnd(words)
        }
        // Vancouver/NLM: "Klein MA, Zittrain J. Title": bare initials, so every full stop counts.
        if isCompact(words) { return CitationSegments.stop(w, from: start, limit: end) }
        if isInitial(first.text) {
            // IEEE and Chicago notes with initials: "M. A. Klein, J. Zittrain, and K. Jones, Title".
            return directListEnd(w, words)
        }
        // Inverted first name, "Klein, M. A." or "Van de Sompel, Martin": its given names end the
        // list at a full stop unless a comma or "and" continues it.
        if let comma = words.prefix(4).firstIndex(where: { $0.trailing == "," }),
           words[...comma].allSatisfy({ isNameWord($0.text) }) {
            var i = comma + 1
            while i < words.count, i <= comma + 4, isNameWord(words[i].text) || isInitial(words[i].text) {
                let wd = words[i]
                if wd.trailing == "," { break }
                if wd.trailing == "." { return wd.end - 1 }
                let next = i + 1 < words.count ? words[i + 1].text : ""
                // "Klein, M. A. Towards …": an initial not followed by another initial or "and".
                if isInitial(wd.text), !isInitial(next), next != "and", next != "&", next != "et" { return wd.end - 1 }
                i += 1
            }
        }
        // A corporate author before a comma, the title after it (IEEE, Chicago notes):
        // "International Organization for Standardization, Framework for …".
        // "National Academies of Sciences, Engineering, and Medicine, Title": not inside the name.
        if let comma = words.firstIndex(where: { $0.trailing == "," && !SeriesComma.isInside(w, at: $0.end - 1) }), words[comma].end - 1 < firstStop,
           comma >= 2, words[...comma].contains(where: { AuthorList.corporateWords.contains($0.text.lowercased()) }) {
            return words[comma].end - 1
        }
        // Otherwise the first full stop that is not an initial's, an abbreviation's or "et al.".
        return firstStop < end ? firstStop : nil
    }

    /// "(2014)", "(2014, March 3)", "(2014a)", "(n.d.)" after at least one word.
    static func dateParenthesis(_ w: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
        var i = from + 1
        while i + 4 < limit {
            if w[i] == "(", w[i - 1] == " " {
                if CitationSegments.year(at: i + 1, in: w) != nil || (w[i + 1] == "n" && w[i + 2] == ".") { return i - 1 }
            }
            if w[i] == "“" || w[i] == "\"" { return nil }
            i += 1
        }
        return nil
    }

    struct Word {
        var text: String
        /// The "," or "." after the word, when the word ends in one ("Klein," → ",").
        var trailing: Character?
        var start: Int
        var end: Int
    }

    static func words(_ w: [Unicode.Scalar], from: Int, limit: Int) -> [Word] {
        var out: [Word] = []
        var i = from
        while i < limit {
            while i < limit, w[i] == " " { i += 1 }
            let s = i
            while i < limit, w[i] != " " { i += 1 }
            guard i > s else { break }
            var text = String(scalars: w[s..<i])
            var trailing: Character?
            if text.hasSuffix(",") || (text.hasSuffix(".") && !isInitial(text)) {
                trailing = text.last
                text.removeLast()
            }
            out.append(Word(text: text, trailing: trailing, start: s, end: i))
            if out.count > 60 { break }
        }
        return out
    }

    /// Direct-order names separated by commas and "and": the list ends at the comma after the name
    /// that follows "and", or at the first comma not followed by another initial.
    static func directListEnd(_ w: [Unicode.Scalar], _ words: [Word]) -> Int? {
        var sawAnd = false
        for (i, wd) in words.enumerated() {
            if wd.text == "and" || wd.text == "&" { sawAnd = true; continue }
            if wd.text == "et", i + 1 < words.count, words[i + 1].text.hasPrefix("al") {
                return words[i + 1].end - (words[i + 1].trailing == "," ? 1 : 0) - (words[i + 1].text == "al." ? 0 : 0)
            }
            guard let t = wd.trailing else { continue }
            let next = i + 1 < words.count ? words[i + 1] : nil
            if t == "." { return wd.end - 1 }
            if t == "," {
                if sawAnd { return wd.end - 1 }
                guard let next else { return wd.end - 1 }
                if !(isInitial(next.text) || next.text == "and" || next.text == "&" || next.text == "et") { return wd.end - 1 }
            }
        }
        return nil
    }

    /// "Klein MA," / "Van de Sompel ML." / "Zittrain S.": family words, then 1–3 capitals.
    static func isCompact(_ words: [Word]) -> Bool {
        for k in 1..<min(5, words.count) {
            let t = words[k].text
            let letters = t.hasSuffix(".") ? String(t.dropLast()) : t
            if (1...3).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }),
               words[k].trailing == "," || t.hasSuffix(".") || words[k].trailing == "." {
                return words[0..<k].allSatisfy { $0.trailing == nil && isNameWord($0.text) && !$0.text.hasSuffix(".") }
            }
            if words[k - 1].trailing != nil { return false }
        }
        return false
    }

    /// Chinese names in an English style: "何开 and 孙刚, 题名", "李超 et al., 题名", "国家统计局. 题名".
    /// A name is at most four characters; only the first may be longer (a corporate author).
    static func cjkListEnd(_ words: [Word]) -> Int? {
        var i = 0
        while i < words.count {
            let wd = words[i]
            if wd.text == "and" || wd.text == "&" || wd.text == "et" || wd.text == "al." || wd.text == "al" {
                if wd.trailing != nil || wd.text == "al." && i + 1 < words.count && !["and", "&"].contains(words[i + 1].text) {
                    return wd.trailing != nil ? wd.end - 1 : wd.end - 1
                }
                i += 1
                continue
            }
            guard let t = wd.trailing else { i += 1; continue }
            if t == "." { return wd.end - 1 }
            // After a comma: another short name, "and" or "et al." continue the list.
            let next = i + 1 < words.count ? words[i + 1] : nil
            guard let next else { return wd.end - 1 }
            let short = next.text.count <= 4 && next.text.allSatisfy(LineJoiner.isCJK) && next.trailing != nil
            if !(short || next.text == "and" || next.text == "&" || next.text == "et") { return wd.end - 1 }
            i += 1
        }
        return nil
    }

    /// "M.", "J.-P.", "S.-J.", "J.A.".
    static func isInitial(_ s: String) -> Bool {
        guard s.hasSuffix("."), s.count <= 6, let f = s.first, f.isUppercase else { return false }
        return s.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" }
    }

    /// A capitalised word or a family-name particle: "Klein", "O'Brien", "de", "Van".
    static func isNameWord(_ s: String) -> Bool {
        guard let f = s.first, s.count <= 24 else { return false }
        if ["de", "van", "von", "der", "den", "da", "di", "du", "del", "le", "la", "dos", "ten", "ter"].contains(s) { return true }
        return f.isUppercase && s.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "." }
    }
}

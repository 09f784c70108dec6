/// Finds the URLs in a citation, exactly as written (percent-encoding untouched), without the
/// wrapping <> or the punctuation and access-date brackets that follow them.
enum URLExtractor {
    struct Found: Equatable {
        var url: String
        /// Character offsets of the whole span, wrapper included, in the citation text.
        var span: Range<Int>
    }

    static func find(in text: String) -> [Found] {
        let chars = Array(text)
        var found: [Found] = []
        var i = 0
        while i < chars.count {
            guard chars[i] == "h" || chars[i] == "H", startsScheme(chars, i) else { i += 1; continue }
            var j = i
            while j < chars.count, isURLChar(chars[j]) { j += 1 }
            var url = Array(chars[i..<j])
            trimTail(&url)
            let wrapped = i > 0 && chars[i - 1] == "<"
            var end = i + url.count
            if wrapped, end < chars.count, chars[end] == ">" { end += 1 }
            let string = String(url)
            if string.count > "https://".count {
                found.append(Found(url: string, span: (wrapped ? i - 1 : i)..<end))
            }
            i = max(j, i + 1)
        }
        return found
    }

    static func startsScheme(_ c: [Character], _ i: Int) -> Bool {
        func at(_ k: Int, _ lower: Character) -> Bool {
            i + k < c.count && (c[i + k] == lower || c[i + k] == Character(lower.uppercased()))
        }
        guard at(0, "h"), at(1, "t"), at(2, "t"), at(3, "p") else { return false }
        let colon = at(4, "s") ? 5 : 4
        return i + colon + 2 < c.count && c[i + colon] == ":" && c[i + colon + 1] == "/" && c[i + colon + 2] == "/"
    }

    private static let stops: Set<Character> = ["<", ">", "\"", "“", "”", "「", "」", "《", "》", "，", "。", "、", "；", "：", "！", "？", "）", "（", "【", "】"]

    /// URLs end at white space, quotes, angle brackets, and CJK text or punctuation.
    static func isURLChar(_ c: Character) -> Bool {
        if c.isWhitespace { return false }
        if stops.contains(c) { return false }
        if LineJoiner.isCJK(c) { return false }
        return true
    }

    /// Strips what follows a URL in prose: a full stop or comma, a closing bracket the URL did not
    /// open, and an access-date bracket written without a space.
    static func trimTail(_ url: inout [Character]) {
        while true {
            if let bracket = url.lastIndex(of: "["), bracket > 8,
               url[(bracket + 1)...].allSatisfy({ $0.isNumber || $0 == "-" || $0 == "]" || $0 == "." || $0 == "/" }),
               url.last == "]" {
                url.removeSubrange(bracket...)
                continue
            }
            guard let last = url.last else { return }
            if ".,;:!?'".contains(last) { url.removeLast(); continue }
            if last == ")" && count(url, "(") < count(url, ")") { url.removeLast(); continue }
            if last == "]" && count(url, "[") < count(url, "]") { url.removeLast(); continue }
            return
        }
    }

    private static func count(_ s: [Character], _ c: Character) -> Int { s.reduce(0) { $0 + ($1 == c ? 1 : 0) } }
}

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

    private static func startsScheme(_ c: [Character], _ i: Int) -> Bool {
        for scheme in ["http://", "https://"] {
            let s = Array(scheme)
            if i + s.count <= c.count, zip(c[i..<(i + s.count)], s).allSatisfy({ $0.lowercased() == String($1) }) {
                return true
            }
        }
        return false
    }

    /// URLs end at white space, quotes, angle brackets, and CJK text or punctuation.
    static func isURLChar(_ c: Character) -> Bool {
        if c.isWhitespace { return false }
        if "<>\"“”「」《》，。、；：！？）（【】".contains(c) { return false }
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

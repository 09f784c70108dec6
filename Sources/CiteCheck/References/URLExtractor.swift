/// Finds the URLs in a citation, exactly as written (percent-encoding untouched), without the
/// wrapping <> or the punctuation and access-date brackets that follow them.
enum URLExtractor {
    struct Found: Equatable {
        var url: String
        /// Scalar offsets of the whole span, wrapper included, in the citation text.
        var span: Range<Int>
    }

    static func find(in text: String) -> [Found] { find(in: Array(text.unicodeScalars)) }

    static func find(in chars: [Unicode.Scalar]) -> [Found] {
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
            if url.count > 8 {
                found.append(Found(url: String(scalars: url), span: (wrapped ? i - 1 : i)..<end))
            }
            i = max(j, i + 1)
        }
        return found
    }

    static func startsScheme(_ c: [Unicode.Scalar], _ i: Int) -> Bool {
        func at(_ k: Int, _ lower: UInt32) -> Bool {
            i + k < c.count && (c[i + k].value == lower || c[i + k].value == lower - 32)
        }
        guard at(0, 0x68), at(1, 0x74), at(2, 0x74), at(3, 0x70) else { return false }
        let colon = at(4, 0x73) ? 5 : 4
        return i + colon + 2 < c.count && c[i + colon] == ":" && c[i + colon + 1] == "/" && c[i + colon + 2] == "/"
    }

    private static let stops: Set<Unicode.Scalar> = ["<", ">", "\"", "“", "”", "「", "」", "《", "》", "，", "。", "、", "；", "：", "！", "？", "）", "（", "【", "】"]

    /// URLs end at white space, quotes, angle brackets, and CJK text or punctuation.
    static func isURLChar(_ c: Unicode.Scalar) -> Bool {
        if c.properties.isWhitespace { return false }
        if stops.contains(c) { return false }
        if LineJoiner.isCJK(c) { return false }
        return true
    }

    /// Strips what follows a URL in prose: a full stop or comma, a closing bracket the URL did not
    /// open, and an access-date bracket written without a space.
    static func trimTail(_ url: inout [Unicode.Scalar]) {
        while true {
            if url.last == "]", let bracket = url.lastIndex(of: "["), bracket > 8,
               url[(bracket + 1)...].allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "]" || $0 == "." || $0 == "/" }) {
                url.removeSubrange(bracket...)
                continue
            }
            guard let last = url.last else { return }
            if ".,;:!?'".unicodeScalars.contains(last) { url.removeLast(); continue }
            if last == ")" && count(url, "(") < count(url, ")") { url.removeLast(); continue }
            if last == "]" && count(url, "[") < count(url, "]") { url.removeLast(); continue }
            return
        }
    }

    static func trimTail(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        trimTail(&scalars)
        return String(scalars: scalars)
    }

    private static func count(_ s: [Unicode.Scalar], _ c: Unicode.Scalar) -> Int { s.reduce(0) { $0 + ($1 == c ? 1 : 0) } }
}

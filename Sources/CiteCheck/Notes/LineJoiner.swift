/// Joins a line that a converter wrapped back onto the line before it.
enum LineJoiner {
    /// Joins `b` after `a`: directly when `b` unambiguously carries on a URL that `a` ends with,
    /// directly between two CJK characters, and with one space otherwise.
    static func join(_ a: String, _ b: String) -> String {
        var a = a
        append(b, to: &a)
        return a
    }

    /// Appends in place: notes and paragraphs grow line by line, and rebuilding them on every line
    /// made long ones quadratic.
    static func append(_ b: String, to a: inout String) {
        let b = b.trimmingWhitespace()
        guard let last = a.last, let first = b.first else { a += b; return }
        if continuesURL(lastToken(a), b) || isCJK(last) || isCJK(first) {
            a += b
        } else {
            a += " " + b
        }
    }

    /// The text after the last white space: all that decides whether a line ends in a URL.
    static func lastToken<S: StringProtocol>(_ text: S) -> S.SubSequence {
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            if text[before].isWhitespace { break }
            start = before
        }
        return text[start...]
    }

    /// The last token of `a` is a URL left open (not closed by ">"), and `b`'s first token looks like
    /// the rest of one: `a`'s URL stops at a separator, or `b`'s token has URL structure of its own.
    static func continuesURL<S: StringProtocol>(_ a: S, _ b: String) -> Bool {
        guard endsInURL(a), let last = a.last else { return false }
        let token = b.prefix(while: { !$0.isWhitespace })
        guard let first = token.first, isURLCharacter(first), first != "[", first != "<" else { return false }
        guard token.allSatisfy(isURLCharacter) else { return false }
        if "/-_=&?%.#:~+".contains(last) { return true }
        return token.contains(where: { "/._=&?%#".contains($0) }) || token.allSatisfy({ $0.isNumber })
    }

    static func endsInURL<S: StringProtocol>(_ text: S) -> Bool {
        let token = lastToken(text)
        let url = token.hasPrefix("<") ? token.dropFirst() : token[...]
        return (url.hasPrefix("http://") || url.hasPrefix("https://")) && !url.hasSuffix(">")
    }

    static func isURLCharacter(_ c: Character) -> Bool {
        guard c.isASCII, !c.isWhitespace else { return false }
        return !"<>\"{}|\\^`".contains(c)
    }

    static func isCJK(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return isCJK(s)
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x3000...0x303F).contains(v)
            || (0xFF00...0xFFEF).contains(v) || (0x20000...0x2A6DF).contains(v)
    }
}

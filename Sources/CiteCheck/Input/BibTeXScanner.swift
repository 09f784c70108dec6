/// A small tokenizer for BibTeX: `@type{key, name = {value} # "value" # macro, …}`, with @string
/// macros, @comment and @preamble skipped, and the LaTeX that bibliographies commonly hold in titles
/// (`{\"o}`, `\&`, `--`, `\url{…}`) turned into text.
struct BibTeXScanner {
    struct SyntaxError: Error {
        var line: Int
        var problem: String
    }

    private let chars: [Character]
    private var i = 0
    private var macros: [String: String] = [
        "jan": "1", "feb": "2", "mar": "3", "apr": "4", "may": "5", "jun": "6",
        "jul": "7", "aug": "8", "sep": "9", "oct": "10", "nov": "11", "dec": "12",
    ]

    init(_ text: String) {
        chars = Array(text)
    }

    mutating func entries() throws(SyntaxError) -> [BibTeXEntry] {
        var out: [BibTeXEntry] = []
        while let at = chars[i...].firstIndex(of: "@") {
            i = at + 1
            let type = identifier().lowercased()
            skipSpace()
            guard i < chars.count, chars[i] == "{" || chars[i] == "(" else { continue }
            let close: Character = chars[i] == "{" ? "}" : ")"
            i += 1
            switch type {
            case "comment", "preamble":
                _ = try balanced(open: close == "}" ? "{" : "(", close: close)
                continue
            case "string":
                skipSpace()
                let name = identifier().lowercased()
                skipSpace()
                try expect("=")
                macros[name] = try value()
                skipSpace()
                if i < chars.count, chars[i] == close { i += 1 }
                continue
            default:
                break
            }
            skipSpace()
            let key = String(chars[i...].prefix(while: { $0 != "," && $0 != close && !$0.isWhitespace }))
            i += key.count
            var fields: [String: String] = [:]
            while true {
                skipSpace()
                guard i < chars.count else { throw SyntaxError(line: line, problem: "entry \(key) is not closed") }
                if chars[i] == "," { i += 1; continue }
                if chars[i] == close { i += 1; break }
                let name = identifier().lowercased()
                guard !name.isEmpty else { throw SyntaxError(line: line, problem: "expected a field name in entry \(key)") }
                skipSpace()
                try expect("=")
                let raw = try value()
                // Addresses are not LaTeX: "~user" and "%20" must survive as written.
                fields[name] = Self.verbatimFields.contains(name)
                    ? raw.filter { $0 != "{" && $0 != "}" }.collapsingWhitespace
                    : Self.latexToText(raw)
            }
            out.append(BibTeXEntry(type: type, key: key, fields: fields))
        }
        return out
    }

    private var line: Int { chars[..<min(i, chars.count)].filter { $0 == "\n" }.count + 1 }

    private mutating func skipSpace() {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
    }

    private mutating func identifier() -> String {
        let s = String(chars[i...].prefix(while: { $0.isLetter || $0.isNumber || "_-:.+".contains($0) }))
        i += s.count
        return s
    }

    private mutating func expect(_ c: Character) throws(SyntaxError) {
        guard i < chars.count, chars[i] == c else { throw SyntaxError(line: line, problem: "expected \"\(c)\"") }
        i += 1
    }

    /// A value: pieces joined by #, each {braced}, "quoted", a number or a macro name.
    private mutating func value() throws(SyntaxError) -> String {
        var out = ""
        while true {
            skipSpace()
            guard i < chars.count else { throw SyntaxError(line: line, problem: "value is not closed") }
            switch chars[i] {
            case "{":
                i += 1
                out += try balanced(open: "{", close: "}")
            case "\"":
                i += 1
                var depth = 0
                let start = i
                while i < chars.count, !(chars[i] == "\"" && depth == 0) {
                    if chars[i] == "{" { depth += 1 } else if chars[i] == "}" { depth -= 1 }
                    i += 1
                }
                guard i < chars.count else { throw SyntaxError(line: line, problem: "quoted value is not closed") }
                out += String(chars[start..<i])
                i += 1
            default:
                let word = identifier()
                guard !word.isEmpty else { throw SyntaxError(line: line, problem: "expected a value") }
                out += macros[word.lowercased()] ?? word
            }
            skipSpace()
            if i < chars.count, chars[i] == "#" { i += 1; continue }
            return out
        }
    }

    /// The text up to the matching close (the open was consumed), nested braces kept.
    private mutating func balanced(open: Character, close: Character) throws(SyntaxError) -> String {
        var depth = 1
        let start = i
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == open { depth += 1 } else if chars[i] == close {
                depth -= 1
                if depth == 0 {
                    let s = String(chars[start..<i])
                    i += 1
                    return s
                }
            }
            i += 1
        }
        throw SyntaxError(line: line, problem: "unbalanced \"\(open)\"")
    }

    static let verbatimFields: Set<String> = ["url", "doi", "eprint", "urldate", "file", "pdf"]

    private static let accents: [Character: [Character: Character]] = [
        "\"": ["a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü", "e": "ë", "i": "ï"],
        "'": ["a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "E": "É", "c": "ć", "n": "ń", "s": "ś", "z": "ź"],
        "`": ["a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"],
        "^": ["a": "â", "e": "ê", "i": "î", "o": "ô", "u": "û"],
        "~": ["n": "ñ", "a": "ã", "o": "õ", "N": "Ñ"],
        "c": ["c": "ç", "C": "Ç"],
    ]

    /// LaTeX in field values as text: accents, escaped specials, \url{x} → x, grouping braces dropped.
    static func latexToText(_ s: String) -> String {
        let c = Array(s)
        var out = ""
        var k = 0
        while k < c.count {
            let ch = c[k]
            if ch == "\\", k + 1 < c.count {
                let next = c[k + 1]
                if "&%$#_{}".contains(next) {
                    out.append(next)
                    k += 2
                    continue
                }
                if let table = accents[next] {
                    var j = k + 2
                    if j < c.count, c[j] == "{" { j += 1 }
                    // \i and \j are the dotless letters that carry accents: {\'\i} is í.
                    if j + 1 < c.count, c[j] == "\\", c[j + 1] == "i" || c[j + 1] == "j" { j += 1 }
                    if j < c.count, let accented = table[c[j]] {
                        out.append(accented)
                        j += 1
                        if j < c.count, c[j] == "}" { j += 1 }
                        k = j
                        continue
                    }
                }
                // A command such as \url, \textit or \emph: drop its name, keep its argument;
                // \url's argument is an address and is copied as written.
                var j = k + 1
                while j < c.count, c[j].isLetter { j += 1 }
                if String(c[(k + 1)..<j]) == "url", j < c.count, c[j] == "{", let close = c[j...].firstIndex(of: "}") {
                    out += String(c[(j + 1)..<close])
                    k = close + 1
                    continue
                }
                if j == k + 1 { j += 1 }
                k = j
                continue
            }
            if ch == "{" || ch == "}" { k += 1; continue }
            if ch == "~" { out.append(" "); k += 1; continue }
            out.append(ch)
            k += 1
        }
        return out.collapsingWhitespace
    }
}

/// Finds what a citation presents as an ISBN: the run of digits, hyphens, spaces and X after an
/// "ISBN" label ("ISBN 978-0-262-03384-8", "ISBN-10: 0-262-03384-4", "ISBN：9787301123456"), as
/// written, so that `isbn-invalid` can quote it. A hand-written scan, linear in the text.
public enum ISBNLocator {
    public static func candidates(in text: String) -> [String] {
        guard text.hasIgnoringASCIICase("isbn") else { return [] }
        let chars = Array(text)
        var found: [String] = []
        var i = 0
        while i + 4 <= chars.count {
            let label = String(chars[i..<(i + 4)]).uppercased()
            let standsAlone = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            guard label == "ISBN", standsAlone else { i += 1; continue }
            var j = i + 4
            if j + 3 <= chars.count, ["-13", "-10"].contains(String(chars[j..<(j + 3)])) { j += 3 }
            while j < chars.count, chars[j] == ":" || chars[j] == "：" || chars[j] == " " { j += 1 }
            let start = j
            var digits = 0
            while j < chars.count, chars[j].isASCII && chars[j].isNumber || "Xx-‐– ".contains(chars[j]) {
                if chars[j].isNumber || chars[j] == "X" || chars[j] == "x" { digits += 1 }
                // A space ends the number once it has all its digits ("ISBN 0-262-03384-4 (paperback)").
                if chars[j] == " " && digits >= 10 { break }
                j += 1
            }
            var token = String(chars[start..<j])
            while let last = token.last, "-‐– ".contains(last) { token.removeLast() }
            if digits > 0 { found.append(token) }
            i = max(j, i + 4)
        }
        return found
    }
}

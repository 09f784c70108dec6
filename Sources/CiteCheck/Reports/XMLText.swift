/// Escapes text for XML 1.0 content and attribute values. Characters XML 1.0 cannot carry at all
/// (most C0 controls, unpaired surrogates cannot occur in Swift strings, U+FFFE/U+FFFF) become
/// U+FFFD, so a stray control byte in a paper never makes the report unreadable.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x84).contains(v) || (0x86...0x9F).contains(v) {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Element text: newlines kept as they are (readable in CI logs).
    static func content(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "&#10;", with: "\n")
    }
}

/// Text from a page, a registry or a paper, made safe to print: a cited page must not be able to
/// recolour or retitle the user's terminal ("\u{1B}[31m", "\u{1B}]0;…\u{07}") or reorder what is
/// shown with bidirectional overrides. Control characters become visible escapes ("\x1B"), so an
/// editor still sees that the source holds them. HTML, JUnit and JSON escape on their own.
public enum UntrustedText {
    /// `text` with every C0 and C1 control, DEL and bidirectional override or isolate written as `\xHH` or
    /// `\u{HHHH}`. Line breaks and tabs become spaces unless `keepingLines` (a whole rendered
    /// report whose lines are ours).
    public static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: keepingLines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLines: keepingLines) else {
                out.append(scalar)
                continue
            }
            if !keepingLines, scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.append(" ")
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let escape = scalar.value < 0x100
                ? "\\x" + (hex.count == 1 ? "0" : "") + hex
                : "\\u{" + hex + "}"
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepingLines
        case 0x0D: return true  // a bare carriage return overwrites the line already printed
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

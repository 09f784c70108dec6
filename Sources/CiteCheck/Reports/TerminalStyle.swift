/// Whether terminal output is coloured: only on a TTY, never when NO_COLOR is set to anything
/// non-empty (no-color.org) or TERM is "dumb". CLICOLOR_FORCE does not override NO_COLOR.
public enum TerminalStyle: Sendable {
    case plain, color

    public static func detect(isTTY: Bool, environment: [String: String]) -> TerminalStyle {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        return isTTY ? .color : .plain
    }

    func paint(_ text: String, _ code: String) -> String {
        self == .color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func severity(_ severity: Finding.Severity, _ text: String) -> String {
        paint(text, severity == .error ? "1;31" : severity == .warning ? "1;33" : "36")
    }

    func dim(_ text: String) -> String { paint(text, "2") }
    func bold(_ text: String) -> String { paint(text, "1") }
}

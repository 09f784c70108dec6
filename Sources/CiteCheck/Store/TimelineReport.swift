/// `citecheck history` as text: each link's checks, oldest first, with the verdict over time.
public enum TimelineReport {
    public static func render(_ entries: [TimelineEntry], rule: ConfirmationRule) -> String {
        guard !entries.isEmpty else { return "no checks recorded\n" }
        var out = ""
        var current: String?
        for entry in entries {
            if entry.url != current {
                current = entry.url
                if !out.isEmpty { out += "\n" }
                out += entry.url + "\n"
            }
            let time = AuditClock.iso(entry.checkedAt).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
            let code = entry.httpStatus.map { String($0) } ?? "-"
            var line = "  \(time)  \(pad(entry.status, 12)) \(pad(code, 4))"
            line += " " + verdict(entry, rule: rule)
            if entry.reused { line += " (reused)" }
            if let final = entry.finalUrl, final != entry.url { line += " -> \(final)" }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    private static func verdict(_ entry: TimelineEntry, rule: ConfirmationRule) -> String {
        guard let since = entry.history.firstFailed else { return "" }
        let day = String(AuditClock.iso(since).prefix(10))
        if entry.history.confirmed { return "confirmed dead, failing since \(day)" }
        return "failing since \(day), \(entry.history.failures) of \(rule.runs) checks"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// The DOI lines of the terminal summary: counts per status, then the DOI findings that need an
/// editor's attention (errors and warnings), each with its fix when there is one.
public enum DOISummary {
    public static func render(_ dois: [DOIRecord], findings: [Finding], limit: Int = 40) -> [String] {
        guard !dois.isEmpty || findings.contains(where: { $0.kind == .doiSuggested }) else { return [] }
        var lines = ["\(dois.count) distinct DOI\(dois.count == 1 ? "" : "s")"]
        let statuses: [DOIRecord.Status] = [.registered, .notFound, .invalid, .unverified]
        let counts = statuses.compactMap { s -> String? in
            let n = dois.filter { $0.status == s }.count
            return n == 0 ? nil : "\(n) \(s.rawValue)"
        }
        if !counts.isEmpty { lines.append("  " + counts.joined(separator: ", ")) }
        let kinds: Set<Finding.Kind> = [.doiInvalid, .doiNotFound, .doiMismatch, .doiSuggested]
        let shown = findings.filter { kinds.contains($0.kind) }.sorted { $0.severity > $1.severity }
        for f in shown.prefix(limit) {
            let kind = f.kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
            lines.append("  \(kind) \(f.reference ?? "-")  \(f.message)")
            if let fix = f.suggestion { lines.append("                suggested DOI: \(fix)") }
        }
        if shown.count > limit { lines.append("  … and \(shown.count - limit) more in the report") }
        return lines
    }
}

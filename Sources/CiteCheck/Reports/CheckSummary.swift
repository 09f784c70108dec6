/// The short terminal summary `citecheck check` prints: counts per status, the links that need
/// attention (worst first), and where the full report went.
public enum CheckSummary {
    public static func render(_ audit: Audit, reportPath: String?, limit: Int = 40) -> String {
        var lines: [String] = []
        let cited = Set(audit.links.flatMap(\.references)).count
        lines.append("\(audit.links.count) distinct link\(audit.links.count == 1 ? "" : "s") in \(cited) reference\(cited == 1 ? "" : "s")")
        let counts = LinkStatus.allCases.compactMap { status -> String? in
            let n = audit.links.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) \(status.rawValue)"
        }
        if !counts.isEmpty { lines.append("  " + counts.joined(separator: ", ")) }
        if let message = audit.linkCheck.message { lines.append("note: \(message)") }

        let rank: [LinkStatus: Int] = [.dead: 0, .dns: 1, .redirected: 2, .serverError: 3, .timeout: 4,
                                       .connection: 5, .tls: 6, .rateLimited: 7, .blocked: 8]
        let problems = audit.links.filter { rank[$0.status] != nil }
            .sorted { rank[$0.status]! < rank[$1.status]! }
        for link in problems.prefix(limit) {
            let refs = link.references.joined(separator: ",")
            let status = link.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            lines.append("  \(status) \(refs.isEmpty ? "-" : refs)  \(link.url)")
            lines.append("               \(link.verdict.message)")
        }
        if problems.count > limit { lines.append("  … and \(problems.count - limit) more in the report") }

        lines += DOISummary.render(audit.dois, findings: audit.findings, limit: limit)

        let errors = audit.findings.filter { $0.severity == .error }.count
        let warnings = audit.findings.filter { $0.severity == .warning }.count
        var last = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let reportPath { last += "; report: \(reportPath)" }
        lines.append(last)
        return lines.joined(separator: "\n") + "\n"
    }
}

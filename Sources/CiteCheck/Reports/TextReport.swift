/// The terminal summary: link counts, then every error and warning grouped by severity with its
/// fix, info findings counted by kind, and a last line a CI log can be grepped for.
public enum TextReport {
    public static func render(_ audit: Audit, style: TerminalStyle, reportPaths: [String] = [], limit: Int = 60) -> String {
        var lines: [String] = []
        if let title = audit.paper.title { lines.append(style.bold(safe(title))) }
        let cited = Set(audit.links.flatMap(\.references)).count
        lines.append("\(audit.references.count) reference\(audit.references.count == 1 ? "" : "s") in \(audit.notes.count) notes; "
                     + "\(audit.links.count) distinct link\(audit.links.count == 1 ? "" : "s") in \(cited) reference\(cited == 1 ? "" : "s")")
        let counts = AuditOverview.linkStatusCounts(audit.links).map { "\($0.count) \($0.status.rawValue)" }
        if !counts.isEmpty { lines.append("  links: " + counts.joined(separator: ", ")) }
        if let message = audit.linkCheck.message { lines.append(style.paint("note: \(safe(message))", "33")) }
        // The DOI counts; the DOI findings are listed with the others, by severity.
        lines += DOISummary.render(audit.dois, findings: []).map { safe($0) }
        // Each reference's note by its id, not a copy of each reference (a dictionary of copies
        // was the peak of a 20,000-link check).
        let byId = Dictionary(audit.references.map { ($0.id, Place(note: $0.note, label: $0.label)) }, uniquingKeysWith: { a, _ in a })
        let retracted = audit.findings.filter { $0.kind == .retractedWork }
        if !retracted.isEmpty {
            let notes = retracted.compactMap { $0.reference.flatMap { byId[$0] }.map { AuditOverview.noteName(index: $0.note, label: $0.label) } }
            lines.append(style.severity(.error, "retracted works cited: \(retracted.count)") + (notes.isEmpty ? "" : " (notes \(notes.uniqued().joined(separator: ", ")))"))
        }
        let works = audit.references.compactMap(\.work)
        if !works.isEmpty {
            let counts = [WorkMatch.Status.matched, .notFound, .ambiguous, .unverified].compactMap { status -> String? in
                let n = works.filter { $0.status == status }.count
                return n == 0 ? nil : "\(n) \(status.rawValue)"
            }
            lines.append("  works: " + counts.joined(separator: ", "))
        }

        for severity in [Finding.Severity.error, .warning] {
            let findings = audit.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            let heading = severity == .error ? "Errors" : "Warnings"
            lines.append("")
            lines.append(style.severity(severity, "\(heading) (\(findings.count))"))
            for finding in findings.prefix(limit) {
                lines.append("  " + style.severity(severity, finding.kind.rawValue) + "  " + place(finding, byId))
                lines.append("      \(safe(finding.message))")
                if let suggestion = finding.suggestion {
                    lines.append("      " + style.dim("\(FindingAdvice.fixLabel(finding)): ") + safe(suggestion))
                } else {
                    lines.append("      " + style.dim("what to do: \(FindingAdvice.action(finding))"))
                }
            }
            if findings.count > limit { lines.append("  … and \(findings.count - limit) more in the report") }
        }
        let info = audit.findings.filter { $0.severity == .info }
        if !info.isEmpty {
            let kinds = Dictionary(grouping: info, by: \.kind).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
            lines.append("")
            lines.append(style.severity(.info, "Info (\(info.count))") + ": " + kinds.joined(separator: ", "))
            // Info with a concrete fix (a suggested DOI, a clean URL) is worth a line each.
            for finding in info.filter({ $0.suggestion != nil }).prefix(limit) {
                lines.append("  " + style.severity(.info, finding.kind.rawValue) + "  " + place(finding, byId))
                lines.append("      \(safe(finding.message))")
                lines.append("      " + style.dim("\(FindingAdvice.fixLabel(finding)): ") + safe(finding.suggestion ?? ""))
            }
        }
        let errors = audit.findings.filter { $0.severity == .error }.count
        let warnings = audit.findings.filter { $0.severity == .warning }.count
        lines.append("")
        var last = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(info.count) info"
        if !reportPaths.isEmpty { last += "; report\(reportPaths.count == 1 ? "" : "s"): " + reportPaths.joined(separator: ", ") }
        lines.append(errors > 0 ? style.severity(.error, last) : last)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "note 6 ⑥ r6", or "paper" for a finding about no single reference.
    struct Place {
        var note: Int
        var label: String
    }

    static func place(_ finding: Finding, _ byId: [String: Place]) -> String {
        let at = finding.source.map { " (\($0.fileLine))" } ?? ""
        guard let id = finding.reference, let reference = byId[id] else { return safe("paper" + at) }
        return safe("note \(AuditOverview.noteName(index: reference.note, label: reference.label)) \(id)" + at)
    }

    /// Pages, registries and papers write the titles and messages shown here; our escapes are added after.
    static func safe(_ text: String) -> String { UntrustedText.escaped(text) }
}

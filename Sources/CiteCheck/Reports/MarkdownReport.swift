/// A Markdown summary for `$GITHUB_STEP_SUMMARY` and pull-request comments: the counts, then a
/// table of the findings that need an editor, worst first. Info findings are only counted, and the
/// table stops at `limit` rows so a comment stays under the forges' size limits.
public enum MarkdownReport {
    public static func render(_ audit: Audit, limit: Int = 100) -> String {
        var text = ""
        write(audit, limit: limit) { text += $0 }
        return text
    }

    /// The same text handed to `sink` in pieces, the counts and then a row at a time.
    public static func write(_ audit: Audit, limit: Int = 100, to sink: (String) -> Void) {
        let overview = AuditOverview(audit)
        var out = "## CiteCheck: \(escape(audit.paper.title ?? audit.run.paperFile ?? "paper"))\n\n"
        if let doi = audit.paper.doi { out += "DOI \(escape(doi)) · " }
        out += "\(audit.references.count) references in \(audit.notes.count) notes, \(audit.links.count) distinct links"
        if let started = audit.run.startedAt { out += " · audited \(escape(started))" }
        out += "\n\n"
        let errors = overview.count(.error), warnings = overview.count(.warning), info = overview.count(.info)
        out += "**\(errors) error\(errors == 1 ? "" : "s")**, \(warnings) warning\(warnings == 1 ? "" : "s"), \(info) info\n\n"
        let statuses = overview.linkStatusCounts.map { "\($0.count) \($0.status.rawValue)" }.joined(separator: ", ")
        if !statuses.isEmpty { out += "Links: \(statuses)\n\n" }
        let doiStatuses: [DOIRecord.Status] = [.registered, .notFound, .invalid, .unverified]
        let doiCounts = doiStatuses.compactMap { status -> String? in
            let n = audit.dois.filter { $0.status == status }.count
            return n == 0 ? nil : "\(n) \(status.rawValue)"
        }.joined(separator: ", ")
        if !doiCounts.isEmpty { out += "DOIs: \(doiCounts)\n\n" }
        if let message = audit.linkCheck.message { out += "> **Note:** \(escape(message))\n\n" }
        out += standing(audit)

        let rows = overview.audit.references.flatMap { reference in
            (overview.findingsByReference[reference.id] ?? []).filter { $0.severity != .info }.map { (reference, $0) }
        }.sorted { $0.1.severity > $1.1.severity }
        let paperRows = overview.paperFindings.filter { $0.severity != .info }
        if rows.isEmpty && paperRows.isEmpty {
            out += errors + warnings == 0 ? "No errors or warnings.\n" : ""
        } else {
            out += "| Severity | Note | Reference | Kind | Problem | Suggested fix |\n"
            out += "| --- | --- | --- | --- | --- | --- |\n"
            sink(out)
            out = ""
            var written = 0
            for finding in paperRows where written < limit {
                sink(row(finding, note: "–", reference: "the paper"))
                written += 1
            }
            for (reference, finding) in rows where written < limit {
                let at = (finding.source ?? reference.source).map { " (\($0.fileLine))" } ?? ""
                sink(row(finding, note: AuditOverview.noteName(index: reference.note, label: reference.label) + at,
                         reference: "\(reference.id): \(AuditOverview.shortTitle(reference, limit: 50))"))
                written += 1
            }
            let total = rows.count + paperRows.count
            if total > written { out += "\n… and \(total - written) more in the HTML report.\n" }
        }
        if info > 0 {
            let kinds = Dictionary(grouping: audit.findings.filter { $0.severity == .info }, by: \.kind)
                .map { "\($0.value.count) \($0.key.rawValue)" }.sorted().joined(separator: ", ")
            out += "\nInfo (not listed): \(kinds).\n"
        }
        sink(out)
    }

    /// Retracted and questioned works first: an editor must see them before anything else.
    static func standing(_ audit: Audit) -> String {
        let byID = Dictionary(audit.references.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (kind, label) in [(Finding.Kind.retractedWork, "Retracted works cited"), (.expressionOfConcern, "Works under an expression of concern")] {
            let found = audit.findings.filter { $0.kind == kind }
            guard !found.isEmpty else { continue }
            out += "> **\(label): \(found.count)**\n"
            for f in found {
                let note = f.reference.flatMap { byID[$0] }.map { "note \(AuditOverview.noteName(index: $0.note, label: $0.label)) (\($0.id))" } ?? "the paper"
                out += "> - \(escape(note)): \(escape(f.message))\n"
            }
            out += "\n"
        }
        return out
    }

    static func row(_ finding: Finding, note: String, reference: String) -> String {
        let icon = finding.severity == .error ? "❌ error" : finding.severity == .warning ? "⚠️ warning" : "ℹ️ info"
        let fix = finding.suggestion.map { "\(FindingAdvice.fixLabel(finding)): \($0)" } ?? FindingAdvice.action(finding)
        let cells = [icon, escape(note), escape(reference), "`\(finding.kind.rawValue)`", escape(finding.message), escape(fix)]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// Table-safe text: no line breaks, pipes escaped, HTML and Markdown emphasis neutralised,
    /// so a title from a paper cannot break the table or inject markup into a PR comment.
    static func escape(_ text: String) -> String {
        var out = ""
        // Control characters first, as visible "\x1B": the backslash is then escaped like any other.
        for ch in UntrustedText.escaped(text) {
            switch ch {
            case "\n", "\r", "\t": out += " "
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "*", "_", "`", "[", "]", "#", "~": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}

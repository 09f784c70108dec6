/// The history part of `check`'s terminal summary: how long links have been failing, changes
/// since the last audit, and archived copies.
public enum HistorySummary {
    public static func render(_ audit: Audit, rule: ConfirmationRule = ConfirmationRule()) -> String {
        var lines: [String] = []
        let failing = audit.links.filter { ($0.history?.failures ?? 0) > 0 }
        if !failing.isEmpty {
            lines.append("failing over time:")
            for link in failing {
                guard let history = link.history, let since = history.firstFailed else { continue }
                let day = String(AuditClock.iso(since).prefix(10))
                let state = history.confirmed
                    ? "confirmed dead, failing since \(day)"
                    : "failing since \(day), \(history.failures) of \(rule.runs) checks"
                lines.append("  \(link.url)  (\(state))")
            }
        }
        if !audit.changes.isEmpty {
            lines.append("changes since the previous audit:")
            for change in audit.changes {
                lines.append("  \(change.change.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(change.url)")
            }
        }
        let archived = audit.links.filter { $0.archive != nil }
        if !archived.isEmpty {
            lines.append("archived copies (suggested replacements):")
            for link in archived {
                guard let archive = link.archive else { continue }
                lines.append("  \(link.url)")
                lines.append("    \(archive.date): \(archive.url)")
            }
        }
        return lines.isEmpty ? "" : lines.map { UntrustedText.escaped($0) }.joined(separator: "\n") + "\n"
    }
}

/// The combined summary of a batch (several papers in one `check`), for the terminal and as
/// summary.json beside the per-paper reports.
public struct BatchSummary: Sendable, Encodable {
    public struct Paper: Sendable, Encodable {
        public var paper: String
        public var report: String
        public var links: Int
        public var errors: Int
        public var warnings: Int
        public var changes: Int

        /// What the summary says of one paper's audit.
        public init(_ path: String, report: String, audit: Audit) {
            paper = path
            self.report = report
            links = audit.links.count
            errors = audit.findings.filter { $0.severity == .error }.count
            warnings = audit.findings.filter { $0.severity == .warning }.count
            changes = audit.changes.count
        }
    }

    public var papers: [Paper]
    /// Distinct URLs across all papers, each fetched at most once.
    public var distinctLinks: Int
    public var fetched: Int
    public var reused: Int
    public var errors: Int
    public var warnings: Int

    public init(audits: [(path: String, report: String, audit: Audit)], distinctLinks: Int, fetched: Int, reused: Int) {
        self.init(papers: audits.map { Paper($0.path, report: $0.report, audit: $0.audit) },
                  distinctLinks: distinctLinks, fetched: fetched, reused: reused)
    }

    /// From the papers' rows alone: a batch keeps each paper's row, not its audit, once its
    /// reports are written.
    public init(papers: [Paper], distinctLinks: Int, fetched: Int, reused: Int) {
        self.papers = papers
        self.distinctLinks = distinctLinks
        self.fetched = fetched
        self.reused = reused
        errors = papers.reduce(0) { $0 + $1.errors }
        warnings = papers.reduce(0) { $0 + $1.warnings }
    }

    public var text: String {
        "\(papers.count) papers, \(distinctLinks) distinct links (\(fetched) fetched, \(reused) reused): "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    }
}

import Foundation

/// Adds what the history store and the archive know to an audit: `links[].history`, the findings
/// re-graded by the confirmation rule, `changes`, and `links[].archive` as the suggested fix.
public enum AuditHistoryAnnotator {
    /// What the store should record of this audit: one observation per fetched or reused link.
    public static func observations(of audit: Audit, now: Date, pageHashes: [String: String] = [:],
                                    reused: [String: LinkObservation] = [:]) -> [LinkObservation] {
        audit.links.filter { $0.status != .skipped }.map { link in
            if let kept = reused[link.url] { return kept }
            return LinkObservation(url: link.url, status: link.status.rawValue, httpStatus: link.httpStatus,
                                   finalURL: link.finalUrl, pageHash: pageHashes[link.url], checkedAt: now)
        }
    }

    public static func apply(_ history: AuditHistory, rule: ConfirmationRule, to audit: inout Audit) {
        for index in audit.links.indices {
            audit.links[index].history = history.histories[audit.links[index].url]
        }
        let byURL = Dictionary(audit.links.map { ($0.url, $0.history) }, uniquingKeysWith: { a, _ in a })
        audit.findings = audit.findings.map { finding in
            guard let url = finding.url, let linkHistory = byURL[url] ?? nil else { return finding }
            return rule.grade([finding], history: linkHistory)[0]
        }
        audit.changes = history.changes
    }

    /// The links worth an archive lookup (failing ones), with the earliest access date their notes give.
    public static func archiveRequests(for audit: Audit) -> [ArchiveLookup.Request] {
        let accessed = Dictionary(audit.references.map { ($0.id, $0.accessed) }, uniquingKeysWith: { a, _ in a })
        return audit.links.filter { LinkStatusClass(status: $0.status.rawValue) == .failure }.map { link in
            let dates = link.references.compactMap { accessed[$0] ?? nil }
            return ArchiveLookup.Request(url: link.url, accessed: dates.min { $0.earliestDayNumber < $1.earliestDayNumber })
        }
    }

    /// Records each archived copy on its link and offers it as the fix in the link's findings.
    public static func apply(archives: [String: ArchiveSnapshot], to audit: inout Audit) {
        for index in audit.links.indices {
            audit.links[index].archive = archives[audit.links[index].url]
        }
        audit.findings = audit.findings.map { finding in
            guard let url = finding.url, let snapshot = archives[url],
                  ConfirmationRule.failureKinds.contains(finding.kind) else { return finding }
            var offered = finding
            offered.message += "; archived copy of \(snapshot.date): \(snapshot.url)"
            if offered.suggestion == nil { offered.suggestion = snapshot.url }
            return offered
        }
    }
}

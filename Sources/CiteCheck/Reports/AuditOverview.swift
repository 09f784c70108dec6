/// The counts and groupings every report shows, computed once from an audit so that the HTML,
/// Markdown, JUnit and terminal reports never disagree.
public struct AuditOverview: Sendable {
    public let audit: Audit
    /// Findings of each reference id, worst first, in audit order within a severity.
    public let findingsByReference: [String: [Finding]]
    /// Findings that concern no single reference (the paper itself, a link cited nowhere).
    public let paperFindings: [Finding]
    /// Links cited by each reference id, in audit order.
    public let linksByReference: [String: [LinkReport]]
    /// References of each note index.
    public let referencesByNote: [Int: [Reference]]

    public init(_ audit: Audit) {
        self.audit = audit
        var byReference: [String: [Finding]] = [:]
        var paper: [Finding] = []
        for finding in audit.findings {
            if let id = finding.reference { byReference[id, default: []].append(finding) } else { paper.append(finding) }
        }
        findingsByReference = byReference.mapValues(Self.worstFirst)
        paperFindings = Self.worstFirst(paper)
        var links: [String: [LinkReport]] = [:]
        for link in audit.links {
            for id in link.references { links[id, default: []].append(link) }
        }
        linksByReference = links
        referencesByNote = Dictionary(grouping: audit.references, by: \.note)
    }

    /// Stable sort: errors, then warnings, then info.
    static func worstFirst(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    public func count(_ severity: Finding.Severity) -> Int { audit.findings.filter { $0.severity == severity }.count }

    /// Link statuses that occur, in the order LinkStatus declares them, with their counts.
    public var linkStatusCounts: [(status: LinkStatus, count: Int)] { Self.linkStatusCounts(audit.links) }

    /// The same of any links, without the groupings an overview makes (the terminal summary
    /// needs only the counts: the groupings copy every reference, 55 MB at 20,000 links).
    static func linkStatusCounts(_ links: [LinkReport]) -> [(status: LinkStatus, count: Int)] {
        LinkStatus.allCases.compactMap { status in
            let n = links.filter { $0.status == status }.count
            return n == 0 ? nil : (status, n)
        }
    }

    /// Finding kinds that occur, most frequent first, with their counts.
    public var findingKindCounts: [(kind: Finding.Kind, count: Int)] {
        let counts = Dictionary(grouping: audit.findings, by: \.kind).mapValues(\.count)
        return Finding.Kind.allCases.compactMap { kind in counts[kind].map { (kind, $0) } }
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map { $0.element }
    }

    /// The worst severity among a reference's findings, or nil when it has none.
    public func worstSeverity(of reference: Reference) -> Finding.Severity? {
        findingsByReference[reference.id]?.first?.severity
    }

    /// References by their verdict: the worst finding each has ("clean" when none).
    public var referenceVerdicts: (errors: Int, warnings: Int, info: Int, clean: Int) {
        var result = (errors: 0, warnings: 0, info: 0, clean: 0)
        for reference in audit.references {
            switch worstSeverity(of: reference) {
            case .error: result.errors += 1
            case .warning: result.warnings += 1
            case .info: result.info += 1
            case nil: result.clean += 1
            }
        }
        return result
    }

    /// "6 ⑥": the note's position and, when it differs, its printed label.
    public static func noteName(index: Int, label: String) -> String {
        label.isEmpty || label == String(index) ? String(index) : "\(index) \(label)"
    }

    /// A short name for a reference in one-line reports: its title, else the start of its text.
    public static func shortTitle(_ reference: Reference, limit: Int = 60) -> String {
        let text = reference.title ?? reference.raw
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}

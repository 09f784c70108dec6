import Foundation

/// The HTML report's view of an audit: plain strings, flags and lists that the Mustache template
/// reads: stored properties, read through Mirror, or through `child(named:)` for the views repeated
/// per note (HTMLReportModel+Mustache.swift). Nothing here is escaped; the engine escapes every value.
///
/// Later stages fill the slots already in the template: `LinkView.page` (page evidence),
/// `LinkView.history` and `LinkView.archive` (history store), `dois` and `changes`.
struct HTMLReportModel {
    struct Field { var name: String; var value: String; var href: String? }
    struct Count { var name: String; var count: Int; var cssClass: String }
    struct Bar { var label: String; var count: Int; var y: Int; var textY: Int; var width: Int; var countX: Int; var cssClass: String }
    struct Chart { var title: String; var height: Int; var bars: [Bar]; var empty: Bool }
    struct Hop { var status: Int; var url: String; var href: String? }
    struct Page {
        var title: String?
        var titleSource: String?
        var published: String?
        var modified: String?
        var modifiedSource: String?
        var dateSource: String?
        var language: String?
        var canonical: String?
        var canonicalHref: String?
        var doi: String?
        /// Why the page reads as a "not found" page, when it does.
        var notFound: String?
    }
    struct History { var firstFailed: String?; var failures: Int; var confirmed: Bool }
    struct Archive { var url: String; var href: String?; var date: String }
    /// `--drift`: the archived and the current title side by side, each with its link.
    struct Drift {
        var changed: Bool
        var asOf: String
        var dateSource: String
        var date: String
        var snapshot: String
        var snapshotHref: String?
        var currentHref: String?
        var archivedTitle: String?
        var currentTitle: String?
        var titleSimilarity: String
        var textSimilarity: String
        var textContainment: String
    }
    struct LinkView {
        var url: String
        var href: String?
        var status: String
        var statusClass: String
        /// "HTTP 404", "HTTP 200 after 2 redirects", "no HTTP answer", "not fetched".
        var answer: String
        var elapsedMs: Int?
        var contentType: String?
        var error: String?
        var finalUrl: String?
        var finalHref: String?
        var redirects: [Hop]
        var hasRedirects: Bool
        var sharedWith: String?
        var page: Page?
        var history: History?
        var archive: Archive?
        var drift: Drift?
        var via: String?
    }
    struct FindingView {
        var kind: String
        var severity: String
        var message: String
        var fixLabel: String
        var suggestion: String?
        var suggestionHref: String?
        var action: String
    }
    struct ReferenceView {
        var id: String
        var fields: [Field]
        var raw: String
        var links: [LinkView]
        var hasLinks: Bool
        var findings: [FindingView]
        var hasFindings: Bool
    }
    struct NoteView {
        var index: Int
        var anchor: String
        var name: String
        var isComment: Bool
        var context: String?
        var text: String
        var severity: String
        var severityLabel: String
        var kinds: String
        var hosts: String
        var references: [ReferenceView]
    }
    struct Option { var value: String; var label: String }
    struct DOIView {
        var doi: String
        var status: String
        var references: String
        var agency: String?
        var resolvesTo: String?
        var resolvesHref: String?
        /// What the registry says the DOI names (Crossref, DataCite).
        var registryTitle: String?
        var registryYear: Int?
    }
    struct ChangeView { var url: String; var href: String?; var change: String }
    /// A retraction, expression of concern or correction of a cited work: listed first.
    struct RetractionView { var kind: String; var severity: String; var note: String; var anchor: String; var message: String; var notice: String?; var noticeHref: String? }

    var lang: String
    var title: String
    var doi: String?
    var doiHref: String?
    var authors: String?
    var paperFile: String?
    var startedAt: String?
    var elapsed: String?
    var tool: String
    var checkState: String
    var checkMessage: String?
    var settings: String?
    var referenceCounts: [Count]
    var severityCounts: [Count]
    var linkCounts: [Count]
    var linkChart: Chart
    var kindChart: Chart
    var notes: [NoteView]
    var paperFindings: [FindingView]
    var hasPaperFindings: Bool
    var kindOptions: [Option]
    var hostOptions: [Option]
    var noteCount: Int
    var referenceCount: Int
    var linkCount: Int
    var dois: [DOIView]
    var hasDois: Bool
    var changes: [ChangeView]
    var hasChanges: Bool
    var retractions: [RetractionView]
    var hasRetractions: Bool
}

extension HTMLReportModel {
    init(_ audit: Audit) {
        let overview = AuditOverview(audit)
        let paper = audit.paper
        // The paper's own language: its title when it has one, else most of its references.
        let han = paper.title?.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        lang = han ?? (audit.references.filter { $0.language == "zh" }.count * 2 > audit.references.count) ? "zh" : "en"
        title = paper.title ?? audit.run.paperFile.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "Untitled paper"
        doi = paper.doi
        doiHref = paper.doi.flatMap { SafeLink.href("https://doi.org/" + $0) }
        authors = paper.authors.isEmpty ? nil : paper.authors.joined(separator: ", ")
        paperFile = audit.run.paperFile
        startedAt = audit.run.startedAt
        elapsed = audit.run.elapsedMs.map { $0 >= 1000 ? String(format: "%.1f s", Double($0) / 1000) : "\($0) ms" }
        tool = audit.run.tool
        switch audit.linkCheck.state {
        case .complete: checkState = "every link was fetched"
        case .offline: checkState = "offline: no link was fetched"
        case .networkUnreachable: checkState = "the network was unreachable: no link could be checked"
        case .interrupted: checkState = "interrupted: only the links answered before the signal were checked"
        }
        checkMessage = audit.linkCheck.message
        var settingParts: [String] = []
        if let n = audit.run.concurrency { settingParts.append("\(n) transfers in flight") }
        if let n = audit.run.hostConcurrency { settingParts.append("\(n) per host") }
        if let n = audit.run.hostIntervalMs { settingParts.append("\(n) ms between requests to a host") }
        if let t = audit.run.timeoutSeconds { settingParts.append("timeout \(t.formatted()) s") }
        if let n = audit.run.retries { settingParts.append("\(n) retries") }
        settings = settingParts.isEmpty || audit.linkCheck.state == .offline ? nil : settingParts.joined(separator: ", ")

        let verdicts = overview.referenceVerdicts
        referenceCounts = [
            Count(name: "with errors", count: verdicts.errors, cssClass: "error"),
            Count(name: "with warnings", count: verdicts.warnings, cssClass: "warning"),
            Count(name: "with info only", count: verdicts.info, cssClass: "info"),
            Count(name: "without findings", count: verdicts.clean, cssClass: "clean"),
        ]
        severityCounts = Finding.Severity.allCases.reversed().map {
            let n = overview.count($0)
            return Count(name: $0 == .info || n == 1 ? $0.rawValue : $0.rawValue + "s", count: n, cssClass: $0.rawValue)
        }
        linkCounts = overview.linkStatusCounts.map { Count(name: $0.status.rawValue, count: $0.count, cssClass: "st-" + $0.status.rawValue) }
        linkChart = Self.chart("Links by status", overview.linkStatusCounts.map { ($0.status.rawValue, $0.count, "st-" + $0.status.rawValue) })
        kindChart = Self.chart("Findings by kind", overview.findingKindCounts.map { entry in
            let worst = audit.findings.filter { $0.kind == entry.kind }.map(\.severity).max() ?? .info
            return (entry.kind.rawValue, entry.count, "sev-" + worst.rawValue)
        })

        var notes: [NoteView] = []
        for note in audit.notes {
            let references = overview.referencesByNote[note.index] ?? []
            var views: [ReferenceView] = []
            var kinds = Set<String>(), hosts = Set<String>()
            var worst: Finding.Severity?
            for reference in references {
                let findings = overview.findingsByReference[reference.id] ?? []
                for finding in findings { kinds.insert(finding.kind.rawValue) }
                if let first = findings.first?.severity { worst = max(worst ?? first, first) }
                let links = overview.linksByReference[reference.id] ?? []
                for url in reference.urls { if let host = SafeLink.host(url) { hosts.insert(host) } }
                views.append(ReferenceView(
                    id: reference.id, fields: Self.fields(reference), raw: reference.raw,
                    links: links.map { Self.linkView($0, citedBy: reference.id, audit: audit) }, hasLinks: !links.isEmpty,
                    findings: findings.map(Self.findingView), hasFindings: !findings.isEmpty))
            }
            let severity = worst?.rawValue ?? (note.kind == .comment ? "comment" : "clean")
            notes.append(NoteView(
                index: note.index, anchor: "note-\(note.index)", name: AuditOverview.noteName(index: note.index, label: note.label),
                isComment: note.kind == .comment, context: note.context, text: note.text, severity: severity,
                severityLabel: worst.map { $0 == .info ? "info" : $0.rawValue } ?? (note.kind == .comment ? "comment" : "no findings"),
                kinds: kinds.sorted().joined(separator: " "), hosts: hosts.sorted().joined(separator: " "),
                references: views))
        }
        self.notes = notes
        paperFindings = overview.paperFindings.map(Self.findingView)
        hasPaperFindings = !paperFindings.isEmpty
        kindOptions = overview.findingKindCounts.map { Option(value: $0.kind.rawValue, label: "\($0.kind.rawValue) (\($0.count))") }
        var hostCounts: [String: Int] = [:]
        for reference in audit.references {
            for host in Set(reference.urls.compactMap(SafeLink.host)) { hostCounts[host, default: 0] += 1 }
        }
        hostOptions = hostCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { Option(value: $0.key, label: "\($0.key) (\($0.value))") }
        noteCount = audit.notes.count
        referenceCount = audit.references.count
        linkCount = audit.links.count
        dois = audit.dois.map {
            DOIView(doi: $0.doi, status: $0.status.rawValue,
                    references: $0.references.isEmpty ? "the paper itself" : $0.references.joined(separator: ", "),
                    agency: $0.agency, resolvesTo: $0.resolvesTo, resolvesHref: SafeLink.href($0.resolvesTo),
                    registryTitle: $0.metadata?.title, registryYear: $0.metadata?.year)
        }
        hasDois = !dois.isEmpty
        changes = audit.changes.map { ChangeView(url: $0.url, href: SafeLink.href($0.url), change: $0.change.rawValue) }
        hasChanges = !changes.isEmpty
        let byID = Dictionary(audit.references.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let standing: [Finding.Kind] = [.retractedWork, .expressionOfConcern, .correctedWork]
        retractions = standing.flatMap { kind in
            audit.findings.filter { $0.kind == kind }.map { f in
                let ref = f.reference.flatMap { byID[$0] }
                return RetractionView(kind: f.kind.rawValue, severity: f.severity.rawValue,
                                      note: ref.map { AuditOverview.noteName(index: $0.note, label: $0.label) } ?? "–",
                                      anchor: ref.map { "note-\($0.note)" } ?? "", message: f.message,
                                      notice: f.suggestion, noticeHref: SafeLink.href(f.suggestion))
            }
        }
        hasRetractions = !retractions.isEmpty
    }

    static func fields(_ r: Reference) -> [Field] {
        var fields: [Field] = []
        func add(_ name: String, _ value: String?, href: String? = nil) {
            if let value, !value.isEmpty { fields.append(Field(name: name, value: value, href: href)) }
        }
        add("Authors", r.authors.isEmpty ? nil : r.authors.joined(separator: "; "))
        add("Title", r.title)
        add("Published in", r.container)
        add("Number", r.number)
        add("Date", r.date?.description)
        add("Volume", r.volume)
        add("Issue", r.issue)
        add("Pages", r.pages)
        add("Accessed", r.accessed?.description)
        add("DOI", r.doi, href: r.doi.flatMap { SafeLink.href("https://doi.org/" + $0) })
        if let work = r.work {
            let fit = work.score.map { String(format: " (fit %.2f)", $0) } ?? ""
            let source = work.source.map { " in \($0.rawValue)" } ?? ""
            add("Registered work", work.status.rawValue + source + fit + (work.doi.map { ", DOI \($0)" } ?? ""),
                href: work.doi.flatMap { SafeLink.href("https://doi.org/" + $0) })
        }
        add("Language", r.language)
        return fields
    }

    static func linkView(_ link: LinkReport, citedBy id: String, audit: Audit) -> LinkView {
        let others = link.references.filter { $0 != id }
        let finalDiffers = link.finalUrl != nil && link.finalUrl != link.url
        return LinkView(
            url: link.url, href: SafeLink.href(link.url), status: link.status.rawValue, statusClass: "st-" + link.status.rawValue,
            answer: Self.answer(link), elapsedMs: link.elapsedMs, contentType: link.contentType, error: link.error,
            finalUrl: finalDiffers ? link.finalUrl : nil, finalHref: finalDiffers ? SafeLink.href(link.finalUrl) : nil,
            redirects: link.redirects.map { Hop(status: $0.status, url: $0.url, href: SafeLink.href($0.url)) },
            hasRedirects: !link.redirects.isEmpty,
            sharedWith: others.isEmpty ? nil : others.joined(separator: ", "),
            page: link.page.map(Self.page),
            history: link.history.flatMap { $0.failures == 0 ? nil : History(firstFailed: $0.firstFailed.map(AuditClock.iso),
                                                                              failures: $0.failures, confirmed: $0.confirmed) },
            archive: link.archive.map { Archive(url: $0.url, href: SafeLink.href($0.url), date: $0.date) },
            drift: link.drift.map { Self.drift($0, url: link.url) }, via: link.via)
    }

    static func drift(_ d: LinkDrift, url: String) -> Drift {
        func figure(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "—" }
        return Drift(changed: d.changed, asOf: d.asOf, dateSource: d.dateSource,
                     date: ArchiveSnapshot(url: d.snapshot, timestamp: d.timestamp).date, snapshot: d.snapshot,
                     snapshotHref: SafeLink.href(d.snapshot), currentHref: SafeLink.href(url), archivedTitle: d.archivedTitle,
                     currentTitle: d.currentTitle, titleSimilarity: figure(d.titleSimilarity), textSimilarity: figure(d.textSimilarity),
                     textContainment: figure(d.textContainment))
    }

    static func page(_ e: PageEvidence) -> Page {
        Page(title: e.title, titleSource: e.titleSource, published: e.published?.description,
             modified: e.modified?.description, modifiedSource: e.modified?.source.rawValue,
             dateSource: e.published?.source.rawValue, language: e.language, canonical: e.canonical,
             canonicalHref: SafeLink.href(e.canonical), doi: e.doi, notFound: e.notFound)
    }

    static func answer(_ link: LinkReport) -> String {
        guard let status = link.httpStatus else {
            return link.status == .unverified || link.status == .skipped ? "not fetched" : "no HTTP answer"
        }
        let hops = link.redirects.count
        return hops == 0 ? "HTTP \(status)" : "HTTP \(status) after \(hops) redirect\(hops == 1 ? "" : "s")"
    }

    static func findingView(_ f: Finding) -> FindingView {
        FindingView(kind: f.kind.rawValue, severity: f.severity.rawValue, message: f.message,
                    fixLabel: FindingAdvice.fixLabel(f), suggestion: f.suggestion, suggestionHref: SafeLink.href(f.suggestion),
                    action: FindingAdvice.action(f))
    }

    /// Horizontal bars: label column 0–150, bars from 160 up to 300 px wide, count after the bar.
    static func chart(_ title: String, _ rows: [(String, Int, String)]) -> Chart {
        let top = rows.map(\.1).max() ?? 0
        let bars = rows.enumerated().map { i, row in
            let width = top == 0 ? 0 : max(2, row.1 * 300 / top)
            return Bar(label: row.0, count: row.1, y: i * 24 + 4, textY: i * 24 + 20, width: width,
                       countX: 160 + width + 6, cssClass: row.2)
        }
        return Chart(title: title, height: max(rows.count * 24 + 8, 32), bars: bars, empty: rows.isEmpty)
    }
}

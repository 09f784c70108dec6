import Foundation

/// The drift stage of `check --drift`: keeps the main text of every page that answered `ok` as it
/// arrives, then finds each page's archived copy from the date it was cited (through
/// `ArchiveLookup`, on the run's archive budget), fetches the copy's original bytes, and compares
/// the two (`DriftCheck`). Home pages, search pages and feeds are left alone (`DriftExemption`).
/// Archived contents are cached in the history store: a capture never changes.
public final class DriftStage: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: MainText] = [:]
    private let readers = DispatchQueue(label: "citecheck.drift", attributes: .concurrent)
    private let pending = DispatchGroup()
    private let slots = DispatchSemaphore(value: 16)

    public var archive: ArchiveLookup
    public var check = DriftCheck()
    private let store: HistoryStore?
    private let now: Date
    private let lookupTransport: ArchiveLookup.Transport
    private let pageTransport: ArchiveLookup.Transport

    /// `lookupTransport` asks the availability API; `pageTransport` fetches archived pages.
    public init(archive: ArchiveLookup, store: HistoryStore?, now: Date, lookupTransport: @escaping ArchiveLookup.Transport,
                pageTransport: @escaping ArchiveLookup.Transport) {
        self.archive = archive
        self.store = store
        self.now = now
        self.lookupTransport = lookupTransport
        self.pageTransport = pageTransport
    }

    /// The fetch hook: the main text of each HTML page that answered `ok`, read off the fetch thread.
    public func read(_ outcome: FetchOutcome, _ verdict: LinkVerdict) {
        guard verdict.status == .ok, let status = outcome.httpStatus, (200..<300).contains(status),
              DriftExemption.reason(url: outcome.finalURL ?? outcome.url, contentType: outcome.contentType) == nil,
              Self.isHTML(outcome.contentType) else { return }
        let body = [UInt8](outcome.body) + [UInt8](outcome.bodyTail ?? Data())
        slots.wait()
        pending.enter()
        readers.async { [self] in
            defer {
                slots.signal()
                pending.leave()
            }
            guard let text = MainText.extract(body: body, contentType: outcome.contentType) else { return }
            lock.withLock { texts[outcome.url] = text }
        }
    }

    /// Pages that are not HTML (PDF, images) have no main text to compare.
    static func isHTML(_ contentType: String?) -> Bool {
        guard let media = ContentType.mediaType(of: contentType) else { return true }
        return media.contains("html") || media == "text/plain"
    }

    /// The current text kept for a URL (after `read`).
    public func currentText(_ url: String) -> MainText? {
        pending.wait()
        return lock.withLock { texts[url] }
    }

    private struct Candidate {
        var audit: Int
        var link: Int
        var url: String
        var asOf: (date: PartialDate, source: String)
    }

    /// Adds `links[].drift` and the drift findings to every audit of the run.
    public func apply(to audits: inout [Audit]) throws {
        pending.wait()
        let current = lock.withLock { texts }
        var candidates: [Candidate] = []
        for (a, audit) in audits.enumerated() {
            let byID = Dictionary(audit.references.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
            for (l, link) in audit.links.enumerated() where link.status == .ok && !link.reused && current[link.url] != nil {
                let references = link.references.compactMap { byID[$0] }
                // The earliest evidence of what the author saw: an access date beats a work date.
                let dates = references.compactMap { DriftCheck.asOf($0, paper: audit.paper) }
                let rank = ["accessed": 0, "published": 1, "paper": 2]
                guard let asOf = dates.min(by: { (rank[$0.source] ?? 3, $0.date.earliestDayNumber) < (rank[$1.source] ?? 3, $1.date.earliestDayNumber) })
                else { continue }
                candidates.append(Candidate(audit: a, link: l, url: link.url, asOf: asOf))
            }
        }
        guard !candidates.isEmpty else { return }
        let requests = candidates.map { ArchiveLookup.Request(url: $0.url, accessed: $0.asOf.date) }
        var cacheProblem: CiteCheckError?
        let answers = try archive.answers(requests, store: store, now: now, transport: lookupTransport, cacheProblem: &cacheProblem)
        if let cacheProblem {
            for index in audits.indices where !audits[index].findings.contains(where: { $0.kind == .archiveCacheNotWritten }) {
                audits[index].findings.append(StoreFailure.archiveCacheFinding(cacheProblem))
            }
        }

        // The archived pages to read: near copies only, from the store when read before.
        var near: [String: ArchiveSnapshot] = [:]
        for candidate in candidates {
            if let answer = answers[candidate.url], let snapshot = answer, check.isNear(snapshot, to: candidate.asOf.date) {
                near[candidate.url] = snapshot
            }
        }
        let contents = try archivedContents(Array(Set(near.values)))

        for candidate in candidates {
            var link = audits[candidate.audit].links[candidate.link]
            let why = "\(candidate.asOf.date) (\(Self.describe(candidate.asOf.source)))"
            var findings: [Finding] = []
            if let answer = answers[candidate.url] {
                if let snapshot = answer {
                    if near[candidate.url] == nil {
                        findings = check.unverified(url: link.url, references: link.references,
                                                    why: "the Internet Archive's nearest copy is of \(snapshot.date), more than a year from \(why)")
                    } else if let archived = contents[snapshot.url], let now = current[link.url] {
                        let drift = check.compare(archived: archived, current: now, currentTitle: nil, snapshot: snapshot,
                                                  asOf: candidate.asOf)
                        link.drift = drift
                        findings = check.findings(drift, url: link.url, references: link.references)
                    } else {
                        findings = check.unverified(url: link.url, references: link.references,
                                                    why: "its archived copy of \(snapshot.date) could not be fetched (\(snapshot.url))")
                    }
                } else {
                    findings = check.unverified(url: link.url, references: link.references,
                                                why: "the Internet Archive has no copy of it from near \(why)")
                }
            } else {
                findings = check.unverified(url: link.url, references: link.references,
                                            why: "the Internet Archive could not be asked about it this run (no answer, or --archive-limit reached)")
            }
            audits[candidate.audit].links[candidate.link] = link
            audits[candidate.audit].findings += findings
        }
    }

    static func describe(_ source: String) -> String {
        switch source {
        case "accessed": "the note's access date"
        case "published": "the cited work's date"
        default: "the paper's date"
        }
    }

    /// Main texts of archived captures by capture URL: cached ones from the store, the rest fetched
    /// in their `id_` form (original bytes, no toolbar) and cached. A failed fetch is not cached.
    private func archivedContents(_ snapshots: [ArchiveSnapshot]) throws -> [String: MainText] {
        var out: [String: MainText] = [:]
        var fetch: [String: ArchiveSnapshot] = [:]
        for snapshot in snapshots {
            if let cached = try store?.cachedSnapshotContent(url: snapshot.url) {
                out[snapshot.url] = cached
            } else if let original = snapshot.originalBytesURL {
                fetch[original] = snapshot
            }
        }
        guard !fetch.isEmpty else { return out }
        let answers = pageTransport(fetch.keys.sorted())
        for (original, snapshot) in fetch {
            guard let answer = answers[original], answer.httpStatus == 200,
                  let text = MainText.extract(body: [UInt8](answer.body), contentType: nil) else { continue }
            out[snapshot.url] = text
            try store?.cacheSnapshotContent(url: snapshot.url, content: text, at: now)
        }
        return out
    }
}

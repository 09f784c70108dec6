import Foundation

/// The evidence stage of `check`: reads each fetched page as it arrives, asks for one probe per host
/// for soft-404 comparison as soon as that host's first page is read (on the links' own fetch
/// session, so the probes' round trips overlap the check instead of following it), and then
/// compares every reference with what its page says about itself.
/// Pages are read on a concurrent queue, not on the fetch thread: reading on the fetch thread held up
/// libcurl's loop and added 40% to the link benchmark. At most `maxPending` bodies wait at a time.
public final class PageEvidenceStage: AuditAnnotator, @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: PageEvidence] = [:]
    private let readers = DispatchQueue(label: "citecheck.evidence", attributes: .concurrent)
    private let pending = DispatchGroup()
    private let slots: DispatchSemaphore
    private var probes: [String: (url: String, fingerprint: PageFingerprint)]?
    /// The links' fetch session, while it is open (`begin`).
    private var session: FetchSession?
    /// Hosts whose probe was asked for on the session, and what came back.
    private var probed: Set<String> = []
    private var probedFingerprints: [String: (url: String, fingerprint: PageFingerprint)] = [:]
    private let probesPending = DispatchGroup()
    /// The URL each read page finally came from, by cited URL: probes go to that host.
    private var pageSources: [String: String] = [:]
    /// The references citing each URL (`begin`), and the date and title findings of each page
    /// against each of them, computed as the page arrives rather than after the last one.
    private var citing: [String: [Reference]] = [:]
    private var pageFindings: [String: [Reference: [Finding]]] = [:]
    private let probeOptions: FetchOptions?
    private let today: PartialDate
    private let readsPages: Bool
    private let accessAgeYears: Int

    /// `probeOptions`: how to fetch the per-host probes, or nil for none. `today`: the audit's clock,
    /// against which access dates "in the future" are judged.
    /// `readsPages: false` (`--no-page-checks`) keeps only the checks of the citations themselves.
    /// `accessAgeYears`: an access date more than this many years before the paper was received is
    /// reported (info).
    public init(probeOptions: FetchOptions?, today: PartialDate, readsPages: Bool = true, maxPending: Int = 64,
                accessAgeYears: Int = 3) {
        self.probeOptions = probeOptions
        self.today = today
        self.readsPages = readsPages
        self.accessAgeYears = accessAgeYears
        slots = DispatchSemaphore(value: max(1, maxPending))
    }

    /// The day of a clock reading, in UTC.
    public static func day(of date: Date) -> PartialDate {
        PartialDate(dayNumber: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The fetch hook. Only pages that answered with content are read: an error page says nothing
    /// about the cited work.
    public func read(_ outcome: FetchOutcome, _ verdict: LinkVerdict) {
        guard readsPages, verdict.status == .ok || verdict.status == .redirected,
              let status = outcome.httpStatus, (200..<300).contains(status) || status == 206 else { return }
        slots.wait()
        pending.enter()
        readers.async { [self] in
            defer {
                slots.signal()
                pending.leave()
            }
            guard let page = Self.extract(outcome) else { return }
            let source = outcome.finalURL ?? outcome.url
            let references = lock.withLock { citing[outcome.url] ?? [] }
            var findings: [Reference: [Finding]] = [:]
            for reference in references { findings[reference] = Self.pageChecks(reference, url: outcome.url, page: page) }
            lock.withLock {
                pages[outcome.url] = page
                pageSources[outcome.url] = source
                pageFindings[outcome.url] = findings
            }
            requestProbe(near: source)
        }
    }

    public func begin(_ session: FetchSession?, references: [Reference]) {
        lock.withLock {
            self.session = session
            for reference in references {
                for url in Set(reference.urls) { citing[url, default: []].append(reference) }
            }
        }
    }

    /// The date and title checks of one page against one reference citing it.
    private static func pageChecks(_ reference: Reference, url: String, page: PageEvidence) -> [Finding] {
        DateMismatchCheck().findings(for: reference, url: url, page: page)
            + TitleMismatchCheck().findings(for: reference, url: url, page: page)
    }

    /// Asks the session for the probe of `url`'s host, once per host, ahead of that host's queue.
    private func requestProbe(near url: String) {
        guard probeOptions != nil, let host = URLParts(url)?.host.lowercased(), !host.isEmpty else { return }
        let open = lock.withLock { () -> FetchSession? in
            guard let session, probes == nil, probed.insert(host).inserted else { return nil }
            return session
        }
        // The probe's address (a fresh UUID) only once a host is claimed: this runs for every page.
        guard let open, let probeURL = SoftNotFound.probeURL(for: url) else { return }
        probesPending.enter()
        open.submit([probeURL], urgent: true) { [self] outcome in
            defer { probesPending.leave() }
            guard !outcome.body.isEmpty, let fingerprint = Self.extract(outcome)?.fingerprint else { return }
            lock.withLock { probedFingerprints[host] = (outcome.url, fingerprint) }
        }
    }

    /// Waits until every page handed over has been read.
    public func finishReading() { pending.wait() }

    public func pageStamps() -> [String: String] {
        finishReading()
        return lock.withLock { pages.compactMapValues { PageStamp.hash(title: $0.title, date: $0.published?.description) } }
    }

    public func page(for url: String) -> PageEvidence? { lock.withLock { pages[url] } }

    private static func extract(_ outcome: FetchOutcome) -> PageEvidence? {
        var body = [UInt8](outcome.body)
        if let tail = outcome.bodyTail { body += tail }
        return PageEvidenceExtractor.extract(body: body, contentType: outcome.contentType,
                                             headers: outcome.headers.map { ($0.name, $0.value) },
                                             url: outcome.finalURL ?? outcome.url)
    }

    /// One request per host whose pages were read, for a path that cannot exist: what the site says
    /// for a missing page, whatever status it answers with. Most were asked for during the fetch;
    /// hosts without one (no session: the stage used on its own) are probed now, together.
    private func probeFingerprints() -> [String: (url: String, fingerprint: PageFingerprint)] {
        if let probes = lock.withLock({ self.probes }) { return probes }
        probesPending.wait()
        var found = lock.withLock { probedFingerprints }
        if let probeOptions {
            var byHost: [String: String] = [:]
            let (sources, asked) = lock.withLock { (Array(pageSources.values), probed) }
            for url in sources.sorted() {
                guard let host = URLParts(url)?.host.lowercased(), !asked.contains(host), byHost[host] == nil,
                      let probe = SoftNotFound.probeURL(for: url) else { continue }
                byHost[host] = probe
            }
            var options = probeOptions
            options.retries = 0
            for outcome in LinkFetcher(options: options).fetchAll(Array(byHost.values)) {
                guard let host = URLParts(outcome.url)?.host.lowercased(), !outcome.body.isEmpty,
                      let fingerprint = Self.extract(outcome)?.fingerprint else { continue }
                found[host] = (outcome.url, fingerprint)
            }
        }
        lock.withLock { probes = found }
        return found
    }

    /// Adds each link's page evidence, marks soft-404 pages dead, and adds the findings of the page
    /// checks (date, title, soft-404) and of the citation checks (access date, fragile URL,
    /// inconsistent citation).
    public func annotate(_ audit: inout Audit) {
        finishReading()
        // The probes are network round trips: they run while the page checks compute.
        let probesReady = DispatchGroup()
        probesReady.enter()
        DispatchQueue.global().async { [self] in
            _ = probeFingerprints()
            probesReady.leave()
        }
        // Each reference by its place, not a dictionary of copies of every reference (part of the
        // 7 MB this function held at the heap peak of a 4,000-link check): the array is the audit's.
        let references = audit.references
        let placeOfID = Dictionary(references.indices.map { (references[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let byID: @Sendable (String) -> Reference? = { placeOfID[$0].map { references[$0] } }
        let links = audit.links
        let (pages, computed) = lock.withLock { (links.map { self.pages[$0.url] }, self.pageFindings) }
        // Date and title checks for every (link, reference) pair: most were made as the pages
        // arrived; the rest (a stage used without `begin`) now, spread over the cores.
        let pageFindings = ConcurrentMap.map(Array(links.indices), chunk: 64) { index -> [Finding] in
            guard let page = pages[index] else { return [] }
            let link = links[index]
            return link.references.compactMap(byID).flatMap { reference in
                computed[link.url]?[reference] ?? Self.pageChecks(reference, url: link.url, page: page)
            }
        }
        var findings: [Finding] = []
        let accessCheck = AccessDateCheck(today: today, maxYearsBeforeReceived: accessAgeYears)
        for reference in audit.references {
            findings += accessCheck.findings(for: reference, paper: audit.paper)
            findings += FragileURLCheck().findings(for: reference)
        }
        findings += InconsistentCitationCheck().findings(for: audit.references)

        probesReady.wait()
        let probes = probeFingerprints()
        // The soft-404 checks of every link, spread over the cores too; the audit changes after.
        let softFindings = ConcurrentMap.map(Array(links.indices), chunk: 64) { index -> [Finding] in
            guard let page = pages[index] else { return [] }
            let link = links[index]
            let host = URLParts(link.finalUrl ?? link.url)?.host.lowercased() ?? ""
            return link.references.compactMap(byID).flatMap { reference in
                SoftNotFoundCheck().findings(for: reference, url: link.url, finalURL: link.finalUrl,
                                             page: page, probe: probes[host])
            }
        }
        for index in audit.links.indices {
            guard let page = pages[index] else { continue }
            audit.links[index].page = page
            if let first = softFindings[index].first {
                // A page that is not there has no date or title worth comparing.
                audit.links[index].status = .dead
                audit.links[index].verdict = LinkVerdict(.dead, first.message)
                findings += softFindings[index]
            } else {
                findings += pageFindings[index]
            }
        }
        audit.findings += findings
    }

    /// DOIs the cited pages declare (citation_doi and the like), for the DOI stage.
    public static func pageDOIs(of audit: Audit) -> [(reference: String, doi: String)] {
        audit.links.flatMap { link -> [(reference: String, doi: String)] in
            guard let doi = link.page?.doi else { return [] }
            return link.references.map { (reference: $0, doi: doi) }
        }
    }
}

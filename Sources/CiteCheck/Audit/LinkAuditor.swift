import Foundation

/// Checks every distinct URL a paper cites, once, and builds the audit.
public struct LinkAuditor: Sendable {
    /// Called on the fetch thread for each fetched URL, with its body still attached and its
    /// verdict. This is where the evidence stage reads a page; the body is dropped right after,
    /// so memory stays flat. Keep what it stores small.
    public typealias OutcomeHook = @Sendable (FetchOutcome, LinkVerdict) -> Void

    public var options: FetchOptions
    /// `--offline`: do not touch the network; every http(s) link is `unverified`.
    public var offline: Bool
    /// `--exclude`, `--include`, `.citecheckignore`: links not fetched, reported `skipped` with the rule.
    public var filter: LinkFilter
    /// `--accept`: statuses that count as a working link.
    public var accept: AcceptedStatuses?

    public init(options: FetchOptions = FetchOptions(), offline: Bool = false, filter: LinkFilter = LinkFilter(),
                accept: AcceptedStatuses? = nil) {
        self.options = options
        self.offline = offline
        self.filter = filter
        self.accept = accept
    }

    /// The URLs of a list that this auditor fetches: http(s) links no rule excludes.
    public func toFetch(_ urls: [String]) -> [String] {
        Self.fetchable(urls).filter { filter.exclusion(of: $0) == nil }
    }

    /// `reused`: links whose recent result the history store keeps (`--max-age`); they are not fetched.
    /// `prefetched`: verdicts already fetched for a batch of papers (`fetch(_:)` over all their
    /// URLs), so a URL cited by several papers is fetched once.
    /// `shard`: only the links it owns are audited (`--shard`); the other workers audit the rest.
    public func audit(_ parsed: ParsedPaper, reused: [String: LinkObservation] = [:], prefetched: FetchedLinks? = nil,
                      onOutcome: OutcomeHook? = nil, shard: Shard = .whole) -> Audit {
        // Distinct URLs in order of first citation, with every reference citing each.
        var order: [String] = []
        var citing: [String: [String]] = [:]
        for reference in parsed.references {
            for url in reference.urls where shard.owns(url: url) {
                if citing[url] == nil { order.append(url) }
                if !(citing[url]?.contains(reference.id) ?? false) { citing[url, default: []].append(reference.id) }
            }
        }
        let fetchable = toFetch(order).filter { reused[$0] == nil }
        let fetched = prefetched ?? fetch(fetchable, onOutcome: onOutcome)
        var results = fetched.verdicts
        let run = fetched.run

        // After the reachability test: an old answer says nothing about today's network.
        for url in order {
            if let kept = reused[url], let status = LinkStatus(rawValue: kept.status) {
                let day = String(AuditClock.iso(kept.checkedAt).prefix(10))
                let suggestion = status == .redirected ? kept.finalURL : nil
                let verdict = LinkVerdict(status, "kept from the check of \(day) (--max-age)", suggestion: suggestion)
                results[url] = (FetchOutcome(url: url, finalURL: kept.finalURL, httpStatus: kept.httpStatus), verdict)
            }
        }

        var links: [LinkReport] = []
        var findings: [Finding] = []
        let rule = LinkFindingRule()
        for url in order {
            let references = citing[url] ?? []
            let excludedBy = filter.exclusion(of: url)
            let (outcome, verdict) = excludedBy.map { (nil, LinkVerdict(.skipped, "was not checked: excluded by \($0)")) }
                ?? results[url]
                ?? (nil, LinkVerdict(.skipped, "is not an http or https link, so it is not fetched"))
            var report = LinkReport(url: url, references: references, verdict: verdict, outcome: outcome)
            report.excludedBy = excludedBy
            if reused[url] != nil {
                report.reused = true
                report.elapsedMs = nil
            }
            links.append(report)
            findings += rule.findings(url: url, references: references, verdict: verdict)
        }
        return Audit(parsed: parsed, links: links, findings: findings, linkCheck: run)
    }

    /// The URLs of a list that are fetched at all (http and https with a host).
    public static func fetchable(_ urls: [String]) -> [String] {
        urls.filter { URLParts($0).map { $0.isHTTP && !$0.host.isEmpty } ?? false }
    }

    /// Fetches and classifies each URL once, on `session` when one is given (it stays open for
    /// others' work), else on a session of its own.
    public func fetch(_ fetchable: [String], session: FetchSession? = nil, onOutcome: OutcomeHook? = nil) -> FetchedLinks {
        var results: [String: (FetchOutcome?, LinkVerdict)] = [:]
        var run = LinkCheckRun(state: .complete)
        if offline {
            for url in fetchable { results[url] = (nil, LinkVerdict(.unverified, "was not checked (--offline)")) }
            run = LinkCheckRun(state: .offline, message: "links were not checked: --offline")
        } else if !fetchable.isEmpty {
            let collector = VerdictCollector()
            let classifier = LinkClassifier()
            let accept = self.accept
            let each: FetchSession.Sink = { outcome in
                var verdict = classifier.classify(outcome)
                if let accept { verdict = accept.apply(verdict, httpStatus: outcome.httpStatus) }
                onOutcome?(outcome, verdict)
                collector.add(outcome.droppingContent(), verdict)
            }
            if let session {
                session.fetch(fetchable, each: each)
            } else {
                LinkFetcher(options: options).fetch(fetchable, each: each)
            }
            results = collector.all()
            let outcomes = results.values.compactMap(\.0)
            if Self.networkUnreachable(outcomes) {
                run = LinkCheckRun(
                    state: .networkUnreachable,
                    message: "the link check could not run: the network is unreachable (every host lookup or connection failed)")
                for (url, result) in results {
                    results[url] = (result.0, LinkVerdict(.unverified, "was not checked: the network is unreachable"))
                }
            }
        }
        return FetchedLinks(verdicts: results, run: run)
    }

    /// Offline, not dead: no answer came from anywhere, and every failure was a failed lookup, a
    /// lookup that timed out (a machine whose resolver cannot reach the internet often answers
    /// some names "not found" and never answers others), or a missing route. One answering server
    /// (even with 404) proves the network works.
    static func networkUnreachable(_ outcomes: [FetchOutcome]) -> Bool {
        !outcomes.isEmpty && outcomes.allSatisfy {
            guard $0.httpStatus == nil, let error = $0.error else { return false }
            return error.kind == .dns || error.kind == .noRoute || (error.kind == .timeout && !error.hostResolved)
        }
    }
}

/// Verdicts of fetched URLs (bodies dropped), and whether the check could run.
public struct FetchedLinks: Sendable {
    public var verdicts: [String: (FetchOutcome?, LinkVerdict)]
    public var run: LinkCheckRun
}

/// Gathers verdicts handed over from the fetch thread.
final class VerdictCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [String: (FetchOutcome?, LinkVerdict)] = [:]

    func add(_ outcome: FetchOutcome, _ verdict: LinkVerdict) {
        lock.lock()
        results[outcome.url] = (outcome, verdict)
        lock.unlock()
    }

    func all() -> [String: (FetchOutcome?, LinkVerdict)] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}

import Foundation

/// The browser stage of `check --browser`: opens in headless Chromium the links that were
/// `blocked` and the `ok` pages whose HTML has no title and no text (a script builds them), reads
/// the rendered DOM with the same evidence code as fetched pages, and judges it with the same
/// challenge detector. A real page becomes `ok` with `via: "browser"` and its page checks run;
/// a challenge stays `blocked`, with what the browser saw. Runs after the page evidence stage and
/// before the history records the audit.
public final class BrowserStage: AuditAnnotator, @unchecked Sendable {
    private let renderer: ChromiumRenderer
    private let lock = NSLock()
    private var rendered: [String: ChromiumRenderer.Rendered] = [:]
    /// Pages opened so far, for the report and the benchmark.
    public private(set) var pagesOpened = 0

    public var options: BrowserOptions { renderer.options }

    public init(options: BrowserOptions) {
        renderer = ChromiumRenderer(options: options)
    }

    public func pageStamps() -> [String: String] { [:] }

    /// Whether a link is worth a browser: refused as a robot, or a page with nothing in its HTML.
    static func needsBrowser(_ link: LinkReport) -> Bool {
        guard !link.reused, link.via == nil else { return false }
        if link.status == .blocked { return true }
        guard link.status == .ok, let page = link.page, DriftStage.isHTML(link.contentType) else { return false }
        return (page.title ?? "").isEmpty && (page.fingerprint?.shingleCount ?? 1) == 0
    }

    public func annotate(_ audit: inout Audit) {
        let wanted = audit.links.filter(Self.needsBrowser).map(\.url)
        let done = lock.withLock { Set(rendered.keys) }
        render(wanted.filter { !done.contains($0) })
        let byID = Dictionary(audit.references.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for index in audit.links.indices where Self.needsBrowser(audit.links[index]) {
            var link = audit.links[index]
            guard let result = lock.withLock({ rendered[link.url] }) else { continue }
            let references = link.references.compactMap { byID[$0] }
            let wasBlocked = link.status == .blocked
            guard let dom = result.dom else {
                if wasBlocked {
                    link.verdict.message += "; a headless browser got no page either (\(result.problem ?? "no DOM"))"
                    replaceLinkFindings(&audit, link)
                }
                audit.links[index] = link
                continue
            }
            let outcome = FetchOutcome(url: link.url, finalURL: link.finalUrl, httpStatus: 200, contentType: "text/html; charset=utf-8",
                                       body: Data(dom))
            let page = PageEvidenceExtractor.extract(body: dom, contentType: outcome.contentType, headers: [], url: link.finalUrl ?? link.url)
            if let challenge = BotChallengeDetector().detect(outcome) {
                if wasBlocked {
                    let title = page?.title.map { "a page titled \"\($0)\"" } ?? "a page without a title"
                    link.verdict.message += "; a headless browser saw \(title), still a \(challenge)"
                    replaceLinkFindings(&audit, link)
                }
                audit.links[index] = link
                continue
            }
            guard let page, !(page.title ?? "").isEmpty || (page.fingerprint?.shingleCount ?? 0) > 0 else { continue }
            link.via = "browser"
            link.page = page
            if wasBlocked {
                link.status = .ok
                link.verdict = LinkVerdict(.ok, "answered in a headless browser (\(link.httpStatus.map { "\($0) to libcurl" } ?? "libcurl got no page"))")
                audit.findings.removeAll { $0.url == link.url && $0.kind == .blocked }
            }
            // The page checks of the rendered page replace those of the empty HTML.
            audit.findings.removeAll { $0.url == link.url && ($0.kind == .dateMismatch || $0.kind == .titleMismatch) }
            for reference in references {
                audit.findings += DateMismatchCheck().findings(for: reference, url: link.url, page: page)
                    + TitleMismatchCheck().findings(for: reference, url: link.url, page: page)
            }
            audit.links[index] = link
        }
    }

    /// The link's own finding again, with the browser's evidence in its message.
    private func replaceLinkFindings(_ audit: inout Audit, _ link: LinkReport) {
        let kinds = Set(LinkFindingRule().findings(url: link.url, references: link.references, verdict: link.verdict).map(\.kind))
        audit.findings.removeAll { $0.url == link.url && kinds.contains($0.kind) }
        audit.findings += LinkFindingRule().findings(url: link.url, references: link.references, verdict: link.verdict)
    }

    /// Renders `urls`, `concurrency` at a time: each worker takes the next page until none is left.
    private func render(_ urls: [String]) {
        guard !urls.isEmpty else { return }
        let next = Counter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(renderer.options.concurrency, urls.count)) {
            group.enter()
            Thread.detachNewThread { [self] in
                defer { group.leave() }
                while let i = next.take(below: urls.count) {
                    let result = renderer.render(urls[i])
                    lock.withLock {
                        rendered[urls[i]] = result
                        pagesOpened += 1
                    }
                }
            }
        }
        group.wait()
    }
}

/// Hands out 0, 1, 2, … to the workers.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Several stages in order, as one: the page evidence, then the browser.
public struct AnnotatorChain: AuditAnnotator {
    public var stages: [any AuditAnnotator]
    public init(_ stages: [any AuditAnnotator]) { self.stages = stages }

    public func begin(_ session: FetchSession?, references: [Reference]) {
        for stage in stages { stage.begin(session, references: references) }
    }

    public func annotate(_ audit: inout Audit) {
        for stage in stages { stage.annotate(&audit) }
    }

    public func pageStamps() -> [String: String] {
        stages.reduce(into: [:]) { all, stage in all.merge(stage.pageStamps()) { first, _ in first } }
    }
}

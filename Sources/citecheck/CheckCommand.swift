import ArgumentParser
import CiteCheck
import Foundation
import Synchronization

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse a paper, fetch every cited link once, and report dead, redirected and blocked links.",
        discussion: "Exit status: 0 when no finding is at or above --fail-on (default error), 1 when one is, 2 for usage or input errors.")

    @Argument(help: "Papers (any format `parse` reads), folders of them such as a journal issue, or published articles by the address of their page (https://…) or their DOI (10.1234/abc, doi:…, https://doi.org/…).")
    var papers: [String] = []

    @OptionGroup(title: "Reports")
    var reports: ReportOptions

    @OptionGroup(title: "History")
    var history: HistoryOptions

    @Option(help: ArgumentHelp("Check only the links whose registrable domain (and the DOIs whose name) hash to shard K of N (docs/scale.md); the run's report comes from `citecheck report --store … --run-id …` once every shard is recorded.", valueName: "K/N"))
    var shard: String?

    @Option(name: .customLong("run-id"), help: "Names the run this worker belongs to (default: a new UUID); each worker records its completed shard under it.")
    var runID: String?

    @OptionGroup(title: "Link selection")
    var selection: LinkSelectionOptions

    @OptionGroup(title: "Input limits")
    var input: InputLimitOptions

    @OptionGroup(title: "Configuration")
    var config: ConfigOptions

    @Option(help: "Transfers in flight in total.")
    var concurrency = FetchOptions().concurrency

    @Option(name: .customLong("host-concurrency"), help: "Transfers in flight to one host.")
    var hostConcurrency = FetchOptions().hostConcurrency

    @Option(name: .customLong("host-interval"), help: "Minimum gap between requests to one host, in milliseconds.")
    var hostInterval = FetchOptions().hostIntervalMs

    @Option(help: "Bound on each whole transfer, in seconds.")
    var timeout = FetchOptions().timeout

    @Option(help: "Retries for 408, 429, 5xx, timeouts and resets (exponential backoff, Retry-After honoured).")
    var retries = FetchOptions().retries

    @Option(name: .customLong("max-body"), help: "Cap on a response body in bytes (suffixes K and M allowed).")
    var maxBody = "4M"

    @Option(name: .customLong("max-redirects"), help: "Redirects followed before giving up.")
    var maxRedirects = FetchOptions().maxRedirects

    @Option(name: .customLong("user-agent"), help: "The User-Agent header.")
    var userAgent = FetchOptions().userAgent

    @Option(name: .customLong("header"), help: "An extra request header NAME:VALUE (repeatable).")
    var headers: [String] = []

    @Option(help: "Trust the CA certificates in this PEM file instead of the system's.")
    var cacert: String?

    @Flag(help: "Do not verify TLS certificates.")
    var insecure = false

    @Option(name: .customLong("connect-to"), help: "HOST1:PORT1:HOST2:PORT2: connect to HOST2:PORT2 for requests to HOST1:PORT1, as curl does (repeatable).")
    var connectTo: [String] = []

    @Flag(help: "Do not touch the network: every link is reported as unverified.")
    var offline = false

    @Flag(name: .customLong("no-page-checks"),
          help: "Check links only: do not read what pages say about themselves (no date, title or soft-404 checks).")
    var noPageChecks = false

    @Option(name: .customLong("access-age-years"),
            help: "Report (as info) an access date more than this many years before the paper was received.")
    var accessAgeYears = 3

    @Option(help: "A contact address for the DOI registries: Crossref then serves requests from its polite pool (10 requests/s, 5 at a time, instead of 5/s, 1 at a time). Sent in the User-Agent and as Crossref's mailto parameter.")
    var mailto: String?

    @Option(name: .customLong("doi-handle-api"), help: "Base URL of the DOI handle API (a mirror).")
    var doiHandleAPI = DOIEndpoints().handles

    @Option(name: .customLong("doi-ra-api"), help: "Base URL of the DOI registration-agency lookup.")
    var doiRAAPI = DOIEndpoints().agencies

    @Option(name: .customLong("crossref-api"), help: "Base URL of Crossref's REST API.")
    var crossrefAPI = DOIEndpoints().crossref

    @Option(name: .customLong("datacite-api"), help: "Base URL of DataCite's REST API.")
    var dataCiteAPI = DOIEndpoints().dataCite

    @Option(name: .customLong("openalex-api"), help: "Base URL of OpenAlex's API (works searched there when Crossref does not match them, and retraction flags).")
    var openAlexAPI = DOIEndpoints().openAlex

    @Option(name: .customLong("openalex-api-key"), help: "OpenAlex's free API key (without one OpenAlex allows only a few searches a day).")
    var openAlexKey: String?

    @Option(name: .customLong("openlibrary-api"), help: "Base URL of Open Library (books, by ISBN and by title and author).")
    var openLibraryAPI = DOIEndpoints().openLibrary

    @Option(name: .customLong("metadata-max-age"), help: "Reuse registry and catalogue answers from the history store younger than this (e.g. 7d, 12h); older ones are asked again, so new retractions are caught.")
    var metadataMaxAge = "7d"

    @Flag(help: "Compare each page that answers ok with its Internet Archive copy from the date it was cited (access date, else the work's date, else the paper's): content-changed when it no longer says the same.")
    var drift = false

    @Flag(help: "Open blocked links, and pages a script builds, in headless Chromium (Debian package chromium): a real page becomes ok via the browser.")
    var browser = false

    @Option(name: .customLong("browser-concurrency"), help: "Pages open in the browser at once (--browser).")
    var browserConcurrency = 2

    @Option(name: .customLong("browser-timeout"), help: "Seconds a page may take in the browser before its processes are killed (--browser).")
    var browserTimeout = 30.0

    func validate() throws {
        guard !papers.isEmpty else { throw ValidationError("give at least one paper or folder") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, got \"\(shard)\"") }
        if let runID, runID.isEmpty || runID.count > 200 { throw ValidationError("--run-id must be 1 to 200 characters") }
        if (shard.flatMap(Shard.init)?.count ?? 1) > 1 && history.noStore {
            throw ValidationError("--shard needs a store: the run's report is made from it")
        }
        // Ranges, not just signs: a huge count or an infinite timeout would trap converting to C types.
        let problems = [Limits.concurrency.problem(concurrency), Limits.hostConcurrency.problem(hostConcurrency),
                        Limits.hostInterval.problem(hostInterval), Limits.timeout.problem(timeout),
                        Limits.retries.problem(retries), Limits.maxRedirects.problem(maxRedirects),
                        Limits.accessAgeYears.problem(accessAgeYears), Limits.browserConcurrency.problem(browserConcurrency),
                        Limits.browserTimeout.problem(browserTimeout)]
        if let problem = problems.compactMap({ $0 }).first { throw ValidationError(problem) }
        guard Limits.byteCount(maxBody) != nil else {
            throw ValidationError("--max-body must be a byte count up to 1024M, such as 4194304, 512K or 4M, got \(maxBody)")
        }
        for header in headers where !Self.isHeader(header) {
            throw ValidationError("--header must be NAME:VALUE, got \"\(header)\"")
        }
        for entry in connectTo where entry.split(separator: ":", omittingEmptySubsequences: false).count < 4 {
            throw ValidationError("--connect-to must be HOST1:PORT1:HOST2:PORT2, got \"\(entry)\"")
        }
        if let mailto, !mailto.contains("@") || mailto.contains(where: \.isWhitespace) {
            throw ValidationError("--mailto must be an e-mail address, got \"\(mailto)\"")
        }
        if (try? RecheckPolicy(maxAge: metadataMaxAge)) == nil {
            throw ValidationError("--metadata-max-age \(metadataMaxAge): expected a duration such as 7d, 12h or 30m")
        }
        for (flag, url) in [("--doi-handle-api", doiHandleAPI), ("--doi-ra-api", doiRAAPI),
                            ("--crossref-api", crossrefAPI), ("--datacite-api", dataCiteAPI),
                            ("--openalex-api", openAlexAPI), ("--openlibrary-api", openLibraryAPI)]
        where URLParts(url).map({ !$0.isHTTP || $0.host.isEmpty }) ?? true {
            throw ValidationError("\(flag) must be an http or https URL, got \"\(url)\"")
        }
        if let cacert, !FileManager.default.isReadableFile(atPath: cacert) {
            throw ValidationError("\(cacert): --cacert file cannot be read")
        }
    }

    static func isHeader(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return !text[..<colon].trimmingCharacters(in: .whitespaces).isEmpty
    }

    var fetchOptions: FetchOptions {
        var options = FetchOptions()
        options.concurrency = concurrency
        options.hostConcurrency = hostConcurrency
        options.hostIntervalMs = hostInterval
        options.timeout = timeout
        options.retries = retries
        options.maxBody = Limits.byteCount(maxBody) ?? options.maxBody
        options.maxRedirects = maxRedirects
        options.userAgent = userAgent
        options.headers = headers
        options.caCertPath = cacert
        options.insecure = insecure
        options.connectTo = connectTo
        options.hosts = config.hosts
        return options
    }

    var doiOptions: DOIResolverOptions {
        DOIResolverOptions(
            fetch: fetchOptions,
            endpoints: DOIEndpoints(handles: doiHandleAPI, agencies: doiRAAPI, crossref: crossrefAPI, dataCite: dataCiteAPI)
                .with(openAlex: openAlexAPI, openLibrary: openLibraryAPI),
            mailto: mailto, offline: offline, openAlexKey: openAlexKey)
    }

    /// Where the signal handler and the finished run stand, so that only one of them writes reports.
    enum ReportPhase: Sendable { case checking, writing, interrupted }

    /// Every paper's reports and terminal summary; several papers get a subfolder each. Each audit
    /// is let go of once its reports are written (its place in `audits` set to nil), so that a
    /// batch keeps only the summary's row of each paper, not the audits of all of them.
    @discardableResult
    func writeReports(_ audits: inout [Audit?], paths: [String]) throws(CiteCheckError) -> [BatchSummary.Paper] {
        let batch = paths.count > 1
        let toStderr = reports.output == "-"
        var written: [BatchSummary.Paper] = []
        var reportNames = Set<String>()
        for (index, path) in paths.enumerated() {
            guard let audit = audits[index].take() else { continue }
            var files: [String]
            let historyLines = HistorySummary.render(audit, rule: history.rule)
            if batch {
                var name = URL(fileURLWithPath: ReportWriter.defaultFolder(for: path)).lastPathComponent
                if !reportNames.insert(name).inserted { name += "-\(index + 1)" }
                FileHandle.standardOutput.write(Data("== \(path)\n".utf8))
                FileHandle.standardOutput.write(Data(historyLines.utf8))
                files = try reports.writeOrThrow(audit, defaultFolder: ReportWriter.defaultFolder(for: path), subfolder: name)
            } else {
                (toStderr ? FileHandle.standardError : FileHandle.standardOutput).write(Data(historyLines.utf8))
                files = try reports.writeOrThrow(audit, defaultFolder: ReportWriter.defaultFolder(for: path))
            }
            written.append(BatchSummary.Paper(path, report: files.first ?? "-", audit: audit))
        }
        return written
    }

    /// `--browser`: Chromium must be installed; it connects where libcurl does.
    func browserOptions() throws -> BrowserOptions {
        guard let path = BrowserOptions.locate(environment: ProcessInfo.processInfo.environment) else {
            throw CiteCheckError(.usage, file: nil,
                                 "--browser needs Chromium, which is not installed: apt-get install \(BrowserOptions.package)")
        }
        var options = BrowserOptions(executable: path)
        options.concurrency = browserConcurrency
        options.timeout = browserTimeout
        options.connectTo = connectTo
        options.insecure = insecure
        if let cacert, !insecure { options.home = try BrowserTrust.makeHome(caCert: cacert) }
        return options
    }

    /// Files and folders first, then the articles named by address or DOI, each fetched once.
    func readPapers() throws -> (paths: [String], parsed: [ParsedPaper]) {
        var paths: [String] = []
        var parsed: [ParsedPaper] = []
        let files = papers.filter { ArticleAddress($0) == nil }
        let articles = papers.compactMap(ArticleAddress.init)
        if !files.isEmpty {
            paths = selection.keeping(try PaperFinder.expand(files))
            guard !paths.isEmpty else { throw CiteCheckError(.usage, file: nil, "--exclude-path excludes every paper given") }
            let parser = SourceDocumentParser(reader: DocumentReader(limits: input.limits))
            parsed = try paths.map { try parser.parse(path: $0) }
        }
        if let first = articles.first, offline {
            throw CiteCheckError(.usage, file: first.name, "--offline cannot fetch the article; save the page and check the file")
        }
        let reader = OnlineArticleReader(options: fetchOptions, endpoints: doiOptions.endpoints)
        for article in articles where !paths.contains(article.name) {
            parsed.append(try SourceDocumentParser(reader: DocumentReader(limits: input.limits)).parse(try reader.read(article)))
            paths.append(article.name)
        }
        return (paths, parsed)
    }

    var metadataMaxAgeSeconds: TimeInterval { (try? RecheckPolicy(maxAge: metadataMaxAge))?.maxAge ?? 7 * 86_400 }

    func run() throws {
        let clock = PhaseClock()
        let paths: [String]
        let parsed: [ParsedPaper]
        do {
            (paths, parsed) = try readPapers()
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        clock.mark("parsed")
        var browserStage: BrowserStage?
        if browser && !offline {
            do {
                browserStage = BrowserStage(options: try browserOptions())
            } catch let error as CiteCheckError {
                Exit.fail(error)
            }
        }
        // The browser's NSS home (--cacert) lives for the run only.
        defer { if let home = browserStage?.options.home { try? FileManager.default.removeItem(atPath: home) } }
        let batch = paths.count > 1
        if batch && reports.output == "-" {
            Exit.fail(CiteCheckError(.usage, file: nil, "--output - takes one paper; give a folder for several"))
        }

        let part = shard.flatMap(Shard.init) ?? .whole
        let run = runID ?? UUID().uuidString.lowercased()
        var stage: HistoryStage
        do {
            stage = HistoryStage(store: try history.openStore(), clock: history.clock, rule: history.rule, recheck: history.recheck,
                                 root: history.root)
            try stage.store?.checkSplit(run, part)
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        let auditor: LinkAuditor
        do {
            auditor = LinkAuditor(options: fetchOptions, offline: offline, filter: try selection.filter(ignoreFile: selection.ignoreFile),
                                  accept: selection.acceptedStatuses)
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        // One archive budget for the run (--archive-limit): dead-link copies first, then drift.
        let budget = ArchiveBudget(history.archiveLimit)
        stage.runID = run
        stage.shard = part
        let batchAuditor = BatchAuditor(auditor: auditor, history: stage, archive: history.archive(budget: budget), shard: part)
        let driftStage = drift && !offline ? DriftStage(
            archive: ArchiveLookup(baseURL: history.archiveURL, maxLookups: history.archiveLimit).with(budget: budget),
            store: stage.store, now: history.clock.now,
            lookupTransport: batchAuditor.archiveTransport,
            pageTransport: ArchiveLookup.transport(fetchOptions, maxBody: fetchOptions.maxBody)) : nil
        let started = history.clock.now
        let startedClock = Date()
        var seen = Set<String>()
        let urls = parsed.flatMap { $0.references.flatMap(\.urls) }.filter { part.owns(url: $0) && seen.insert($0).inserted }
        let progress = ProgressMeter.forStandardError(total: offline ? 0 : auditor.toFetch(urls).count)
        // Pages are read on the fetch thread as they arrive; the checks run before the history records.
        let evidence = PageEvidenceStage(probeOptions: offline ? nil : fetchOptions,
                                         today: PageEvidenceStage.day(of: history.clock.now), readsPages: !noPageChecks,
                                         accessAgeYears: accessAgeYears)
        // The catalogues are asked about the works while the links are fetched.
        let works = WorkStage(options: doiOptions, store: stage.store, now: started, maxAge: metadataMaxAgeSeconds, shard: part)
        works.start(parsed.map(\.references))
        // SIGINT or SIGTERM: a valid partial report of the links answered so far, not lost work.
        // The store is not written, so the interrupted audit is not recorded as done.
        let soFar = InterruptedCheck()
        let reporting = Mutex(ReportPhase.checking)
        nonisolated(unsafe) let command = self
        let trap = SignalTrap { number in
            let proceed = reporting.withLock { phase -> Bool in
                guard phase == .checking else { return false }
                phase = .interrupted
                return true
            }
            // The complete reports are being written: the run ends by itself in a moment.
            guard proceed else { return }
            var partial: [Audit?] = soFar.audits(parsed, auditor: LinkAuditor(options: command.fetchOptions, offline: command.offline),
                                                 signal: SignalTrap.name(number))
            let elapsed = Int(Date().timeIntervalSince(startedClock) * 1000)
            for i in partial.indices {
                partial[i]?.run = AuditRun(startedAt: AuditRun.timestamp(started), elapsedMs: elapsed, paperFile: paths[i],
                                          offline: command.offline, options: command.fetchOptions)
            }
            do throws(CiteCheckError) { try command.writeReports(&partial, paths: paths) } catch { Exit.fail(error) }
            Foundation.exit(SignalTrap.exitStatus(number))
        }
        defer { withExtendedLifetime(trap) {} }
        var audits: [Audit] = []
        // Taken before the reports are written, which lets go of the audits one by one.
        var status: Int32 = 0
        do {
            var result = try batchAuditor.run(
                Array(zip(paths, parsed)).map { (path: $0.0, parsed: $0.1) },
                onOutcome: { outcome, verdict in
                    soFar.add(outcome, verdict)
                    evidence.read(outcome, verdict)
                    driftStage?.read(outcome, verdict)
                    progress.tick()
                },
                annotator: browserStage.map { AnnotatorChain([evidence, $0]) } ?? evidence)
            progress.finish()
            clock.mark("links and pages")
            audits = result.audits
            // The audits live in `audits` alone, so that each goes once its reports are written.
            result.audits = []
            if let driftStage, audits.allSatisfy({ $0.linkCheck.state == .complete }) {
                try driftStage.apply(to: &audits)
                clock.mark("drift")
            }
            // DOIs after the links (the pages' DOIs count too): one client for the batch, so its cache spans the papers.
            for i in audits.indices {
                works.apply(to: &audits[i], index: i, paperPath: stage.key(path: paths[i], doi: parsed[i].paper.doi), pageDOIs: PageEvidenceStage.pageDOIs(of: audits[i]))
            }
            clock.mark("dois and works")
            for i in audits.indices { FindingLocator.locate(&audits[i]) }
            let elapsed = Int(Date().timeIntervalSince(startedClock) * 1000)
            for i in audits.indices {
                audits[i].run = AuditRun(startedAt: AuditRun.timestamp(started), elapsedMs: elapsed, paperFile: paths[i],
                                         offline: offline, options: fetchOptions)
                audits[i].complete = true
            }
            // Only a named or sharded run keeps its audits for `report --run-id`: a plain nightly
            // check would otherwise store every paper's whole audit again each night.
            if let problem = result.storeProblem, part.count > 1 {
                // A worker's only output is its part in the store.
                Exit.fail(problem)
            }
            // The run's part this one replaces, put back if the reports cannot be written.
            var runRecorded = false
            var previousRunPart: HistoryStore.RunPart?
            if let store = stage.store, shard != nil || runID != nil, result.storeProblem == nil {
                let keyed = try zip(paths, zip(parsed, audits)).map { path, pair in
                    (paperKey: stage.key(path: path, doi: pair.0.paper.doi), audit: try JSONCoding.encode(pair.1))
                }
                previousRunPart = part.count > 1 ? nil : try store.runParts(run).first { $0.shard.index == part.index }
                try store.recordRun(run, HistoryStore.RunPart(shard: part, audits: keyed), at: started)
                runRecorded = true
            }
            if part.count > 1 {
                // A worker's audits hold its shard only: the run's reports come from the store.
                FileHandle.standardOutput.write(Data("""
                    shard \(part) of run \(run) recorded: \(audits.reduce(0) { $0 + $1.links.count }) links of \(paths.count) papers
                    the run's reports, once every shard is recorded: citecheck report --store \(stage.store?.path ?? history.store) --run-id \(run)

                    """.utf8))
                return
            }
            // A signal from here on is ignored: the complete reports are about to be written. One that
            // came first is writing the partial reports and will exit.
            guard reporting.withLock({ phase -> Bool in
                guard phase == .checking else { return false }
                phase = .writing
                return true
            }) else { while true { pause() } }
            soFar.forget()
            status = reports.exitStatus(audits)
            do {
                var toWrite = audits.map(Optional.some)
                audits = []
                let written = try writeReports(&toWrite, paths: paths)
                if batch {
                    let summary = BatchSummary(papers: written, distinctLinks: result.distinctLinks, fetched: result.fetched,
                                               reused: result.reused)
                    let folder = reports.batchRoot
                    try AtomicFile.write(String(decoding: try JSONCoding.encode(summary), as: UTF8.self) + "\n", to: "\(folder)/summary.json")
                    FileHandle.standardOutput.write(Data(("== all papers\n" + summary.text + "summary: \(folder)/summary.json\n").utf8))
                }
            } catch let error as CiteCheckError {
                // No reports, no audit: the store forgets this run rather than hold an audit nobody can read.
                var withdrawn = (try? stage.store?.withdraw(audits: result.recorded)) != nil
                // A named run's part goes too: `report --run-id` must not show an audit whose reports were never written.
                if runRecorded, let store = stage.store {
                    withdrawn = withdrawn && (try? store.withdrawRun(run, shard: part.index, restoring: previousRunPart)) != nil
                }
                Exit.fail(CiteCheckError(error.kind, file: error.file, error.problem
                    + (result.recorded.isEmpty && !runRecorded ? "" : withdrawn ? " (the audit is not recorded in the history store)"
                        : " (and the audit could not be taken back from the history store)")))
            }
            if let problem = result.storeProblem {
                FileHandle.standardError.write(Data("citecheck: \(StoreFailure.line(problem))\n".utf8))
                throw ExitCode(2)
            }
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        clock.mark("reports written")
        if status != 0 { throw ExitCode(status) }
    }
}

internal import CCurl
import Foundation

/// The multi-interface loop: runs on one dedicated thread (see `LinkFetcher`), owns every libcurl
/// handle of a run, and reports each URL's outcome as a plain value once it is settled.
/// Not Sendable: everything here belongs to the fetch thread.
final class FetchEngine {
    private let options: FetchOptions
    private let retry: RetryPolicy
    private let session: FetchSession
    private let multi: CurlMulti
    private let share: CurlShare
    private let requestHeaders: CurlStringList
    /// The header lists of hosts whose `[hosts."…"]` table sets headers, made on first use.
    private var hostHeaders: [String: CurlStringList] = [:]
    private let defaultHeaders: [String]
    private let connectTo: CurlStringList
    private var hosts: [String: HostQueue] = [:]
    /// Hosts with work or transfers, in round-robin order.
    private var hostOrder: [String] = []
    private var active: [ObjectIdentifier: CurlEasy] = [:]
    private var unfinished = 0

    init?(options: FetchOptions, session: FetchSession) {
        guard let multi = CurlMulti(), let share = CurlShare() else { return nil }
        self.options = options
        retry = RetryPolicy(options)
        self.session = session
        self.multi = multi
        self.share = share
        let userHeaderNames = Set(options.headers.compactMap { $0.split(separator: ":").first?.lowercased() })
        let defaults = [
            "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.8,*/*;q=0.7",
            "Accept-Language: en;q=0.9,*;q=0.5",
        ].filter { !userHeaderNames.contains(String($0.prefix { $0 != ":" }).lowercased()) }
        defaultHeaders = defaults
        requestHeaders = CurlStringList(defaults + options.headers)
        connectTo = CurlStringList(options.connectTo)
        // The engine itself bounds transfers in flight (in total and per host); a connection cap
        // inside curl would only queue transfers behind idle connections to other hosts.
        multi.set(CURLMOPT_MAXCONNECTS, max(64, options.concurrency * 2))
    }

    deinit {
        for easy in active.values { multi.remove(easy) }
    }

    /// CITECHECK_TRACE=1 prints every request start and end to standard error.
    private let tracing = ProcessInfo.processInfo.environment["CITECHECK_TRACE"] == "1"
    private let started = FetchEngine.now()

    private func trace(_ line: @autoclosure () -> String) {
        if tracing {
            let ms = Int((Self.now() - started) * 1000)
            FileHandle.standardError.write(Data("fetch +\(ms)ms [\(active.count) active]: \(line())\n".utf8))
        }
    }

    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Fetches what the session hands over until it is finished and everything has settled.
    func run() {
        session.setWake(multi.waker)
        defer { session.setWake(nil) }
        while true {
            let closed = takeNewWork()
            if unfinished == 0 {
                if closed { break }
                multi.poll(milliseconds: 1000)  // idle until the session adds work or closes
                continue
            }
            startEligible()
            multi.perform()
            for (easy, code) in multi.completed() { complete(easy, code) }
            // What the handlers just asked for (a probe) must be queued before the next start.
            _ = takeNewWork()
            if unfinished == 0 { continue }
            startEligible()
            multi.poll(milliseconds: pollBudget())
        }
    }

    /// Queues what the session was given since the last call; true once it is closed.
    private func takeNewWork() -> Bool {
        let (work, closed) = session.take()
        for item in work { enqueue(item.url, sink: item.sink, urgent: item.urgent) }
        return closed
    }

    // MARK: queueing

    private func queue(for host: String) -> HostQueue {
        if let queue = hosts[host] { return queue }
        let queue = HostQueue()
        hosts[host] = queue
        hostOrder.append(host)
        return queue
    }

    private func enqueue(_ url: String, sink: @escaping FetchSession.Sink, urgent: Bool) {
        guard let parts = URLParts(url), parts.isHTTP, !parts.host.isEmpty else {
            sink(FetchOutcome(url: url, error: FetchError(.unsupportedScheme, "not an http or https URL")))
            return
        }
        let useHEAD = parts.pathExtension.map { options.headOnlyExtensions.contains($0) } ?? false
        let job = FetchJob(url: url, host: parts.host, useHEAD: useHEAD, sink: sink)
        if urgent { queue(for: parts.host).appendWaiting(job) } else { queue(for: parts.host).append(job) }
        unfinished += 1
    }

    private func requeue(_ job: FetchJob, at time: Double) {
        job.notBefore = time
        queue(for: job.host).appendWaiting(job)
    }

    private func startEligible() {
        let now = Self.now()
        let limit = max(1, options.concurrency)
        if active.count < limit {
            // Hosts with the most work left go first, one transfer per host per pass: the run
            // ends when the busiest host is done, so its queue must never wait behind small ones.
            var candidates = hostOrder.compactMap { name -> (queue: HostQueue, perHost: Int)? in
                let queue = hosts[name]!
                let perHost = options.hostConcurrency(for: name)
                return queue.inFlight < perHost && queue.hasWork ? (queue, perHost) : nil
            }
            candidates.sort { $0.queue.pending > $1.queue.pending }
            var started = true
            while started && active.count < limit {
                started = false
                for (queue, perHost) in candidates where active.count < limit && queue.inFlight < perHost {
                    if let job = queue.take(now: now) {
                        start(job, on: queue, now: now)
                        started = true
                    }
                }
            }
        }
        // Forget hosts that are finished with, so the round robin stays short.
        if hostOrder.contains(where: { !hosts[$0]!.hasWork && hosts[$0]!.inFlight == 0 }) {
            hostOrder.removeAll { name in
                let queue = hosts[name]!
                guard !queue.hasWork && queue.inFlight == 0 else { return false }
                // Keep the 429 backoff of a host that may be asked again by a later redirect.
                if queue.nextStart <= now { hosts[name] = nil }
                return hosts[name] == nil
            }
        }
    }

    /// How long the loop may sleep before some waiting job becomes startable, in milliseconds.
    private func pollBudget() -> Int {
        var wait = 1000.0
        if active.count < max(1, options.concurrency) {
            let now = Self.now()
            for name in hostOrder {
                let queue = hosts[name]!
                guard queue.inFlight < options.hostConcurrency(for: name), let ready = queue.readyTime() else { continue }
                wait = min(wait, max(0, (ready - now) * 1000))
            }
        }
        return Int(wait.rounded(.up))
    }

    // MARK: transfers

    private func start(_ job: FetchJob, on queue: HostQueue, now: Double) {
        job.requests += 1
        job.visits[job.currentURL, default: 0] += 1
        guard let easy = CurlEasy() else {
            job.error = FetchError(.other, "libcurl could not create a transfer")
            finish(job)
            return
        }
        configure(easy, for: job)
        easy.job = job
        guard multi.add(easy) else {
            job.error = FetchError(.other, "libcurl refused the transfer")
            finish(job)
            return
        }
        active[ObjectIdentifier(easy)] = easy
        trace("start \(job.useHEAD ? "HEAD" : "GET") \(job.currentURL) (\(job.phase), attempt \(job.attempt))")
        queue.inFlight += 1
        let interval = options.policy(for: job.host)?.intervalMs ?? options.hostIntervalMs
        queue.nextStart = max(queue.nextStart, now + Double(max(0, interval)) / 1000)
    }

    private func configure(_ easy: CurlEasy, for job: FetchJob) {
        easy.set(CURLOPT_URL, IDNHost.wireForm(job.currentURL))
        easy.set(CURLOPT_NOSIGNAL, 1)
        easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
        easy.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        // Redirects are followed by the engine, one request per hop, so every hop is recorded
        // and every hop goes through the politeness queue of its own host.
        easy.set(CURLOPT_FOLLOWLOCATION, 0)
        easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        // Waiting for a multiplexed stream only pays off where HTTP/2 is possible (https); on
        // plain http it would hold transfers back until a busy HTTP/1.1 connection frees up.
        if job.currentURL.lowercased().hasPrefix("https:") { easy.set(CURLOPT_PIPEWAIT, 1) }
        easy.set(CURLOPT_ACCEPT_ENCODING, "")
        easy.set(CURLOPT_TCP_KEEPALIVE, 1)
        let policy = options.policy(for: job.host)
        easy.set(CURLOPT_USERAGENT, policy?.userAgent ?? options.userAgent)
        easy.set(CURLOPT_HTTPHEADER, headers(for: job.host, policy: policy))
        easy.set(CURLOPT_CONNECT_TO, connectTo)
        easy.set(CURLOPT_COOKIEFILE, "")  // turns the cookie engine on; the share keeps the jar
        easy.share(share)
        let timeout = max(0.001, policy?.timeout ?? options.timeout)
        easy.set(CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(options.connectTimeout, timeout) * 1000))
        easy.set(CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedLimit)
        easy.set(CURLOPT_LOW_SPEED_TIME, options.lowSpeedTime)
        if let ca = options.caCertPath { easy.set(CURLOPT_CAINFO, ca) }
        if options.insecure {
            easy.set(CURLOPT_SSL_VERIFYPEER, 0)
            easy.set(CURLOPT_SSL_VERIFYHOST, 0)
        }
        switch job.phase {
        case .main:
            if job.useHEAD { easy.set(CURLOPT_NOBODY, 1) }
            easy.bodyCap = max(0, options.maxBody)
            easy.pdfCap = max(0, options.pdfHeadBytes)
        case .pdfTail:
            easy.set(CURLOPT_RANGE, "-\(options.pdfTailBytes)")  // a suffix range: the last N bytes
            easy.bodyCap = options.pdfTailBytes
            easy.pdfCap = options.pdfTailBytes
        }
    }

    /// The run's header list, or the host's own when its `[hosts."…"]` table sets headers.
    private func headers(for host: String, policy: HostPolicy?) -> CurlStringList {
        guard let policy, !policy.headers.isEmpty else { return requestHeaders }
        if let list = hostHeaders[host] { return list }
        let merged = policy.headers(over: options.headers)
        let names = Set(merged.map(HostPolicy.name))
        let list = CurlStringList(defaultHeaders.filter { !names.contains(HostPolicy.name($0)) } + merged)
        hostHeaders[host] = list
        return list
    }

    private func complete(_ easy: CurlEasy, _ code: CURLcode) {
        multi.remove(easy)
        active[ObjectIdentifier(easy)] = nil
        guard let job = easy.job else { return }
        easy.job = nil
        let queue = self.queue(for: job.host)
        queue.inFlight -= 1
        let now = Self.now()
        job.elapsedMicroseconds += easy.offT(CURLINFO_TOTAL_TIME_T) ?? 0
        let status = easy.long(CURLINFO_RESPONSE_CODE) ?? 0
        let failure = Self.transportError(easy, code)
        trace("done \(job.currentURL): \(status) new-connections=\(easy.long(CURLINFO_NUM_CONNECTS) ?? -1) \(failure.map { "\($0.kind): \($0.message)" } ?? "")")

        if job.phase == .pdfTail {
            if failure == nil && status == 206 { job.tail = easy.body }
            return finish(job)
        }
        if let failure {
            if job.useHEAD {  // HEAD is an optimisation; any failure earns a real GET
                job.useHEAD = false
                return requeue(job, at: now)
            }
            if RetryPolicy.isRetryable(failure) && job.attempt < retry.retries {
                let delay = retry.delay(afterAttempt: job.attempt, retryAfter: nil)
                job.attempt += 1
                return requeue(job, at: now + delay)
            }
            if status > 0 { record(easy, status: status, into: job) }
            job.error = failure
            return finish(job)
        }
        if job.useHEAD && status >= 400 {  // 405, 501, 403 and friends: servers that mishandle HEAD
            job.useHEAD = false
            return requeue(job, at: now)
        }
        if (300...399).contains(status), let target = easy.string(CURLINFO_REDIRECT_URL) {
            return follow(job, from: easy, status: status, to: target, now: now)
        }
        if RetryPolicy.isRetryable(status: status) && job.attempt < retry.retries {
            let delay = retry.delay(afterAttempt: job.attempt, retryAfter: easy.offT(CURLINFO_RETRY_AFTER))
            job.attempt += 1
            if status == 429 { queue.nextStart = max(queue.nextStart, now + delay) }  // the whole host waits
            return requeue(job, at: now + delay)
        }
        record(easy, status: status, into: job)
        if easy.isPDF && easy.truncated && status == 200 && options.pdfTailBytes > 0 {
            job.phase = .pdfTail
            job.attempt = 0
            return requeue(job, at: now)
        }
        finish(job)
    }

    private func follow(_ job: FetchJob, from easy: CurlEasy, status: Int, to target: String, now: Double) {
        job.hops.append(RedirectHop(status: status, url: target))
        guard let parts = URLParts(target), parts.isHTTP, !parts.host.isEmpty else {
            record(easy, status: status, into: job)
            job.error = FetchError(.unsupportedScheme, "redirected to a URL that is not http or https: \(target)")
            return finish(job)
        }
        if job.visits[target, default: 0] >= 2 {
            record(easy, status: status, into: job)
            job.error = FetchError(.redirectLoop, "redirect loop: \(target) was reached again")
            return finish(job)
        }
        if job.hops.count > options.maxRedirects {
            record(easy, status: status, into: job)
            job.error = FetchError(.tooManyRedirects, "more than \(options.maxRedirects) redirects")
            return finish(job)
        }
        job.currentURL = target
        job.host = parts.host
        job.attempt = 0
        requeue(job, at: now)
    }

    private func record(_ easy: CurlEasy, status: Int, into job: FetchJob) {
        job.status = status
        job.headers = easy.headers
        job.contentType = easy.string(CURLINFO_CONTENT_TYPE)
        job.body = easy.body
        job.truncated = easy.truncated
    }

    private func finish(_ job: FetchJob) {
        unfinished -= 1
        job.sink(job.outcome())
    }

    /// libcurl's header cap: CURLE_TOO_LARGE (100) from 8.6; before it, a receive error or an
    /// out-of-memory whose message names the headers (7.88: "Too large response headers: N > 307200",
    /// "Avoided giant realloc for header (max is 102400)!").
    static func isHeaderLimit(_ code: CURLcode, _ message: String) -> Bool {
        if code.rawValue == 100 { return true }
        guard code == CURLE_RECV_ERROR || code == CURLE_OUT_OF_MEMORY || code == CURLE_WEIRD_SERVER_REPLY else { return false }
        return message.contains("Too large response headers") || message.contains("giant realloc for header")
            || message.contains("Header too long")
    }

    private static func transportError(_ easy: CurlEasy, _ code: CURLcode) -> FetchError? {
        if code == CURLE_OK { return nil }
        if code == CURLE_WRITE_ERROR && easy.truncated { return nil }  // we stopped it at the cap
        let message = easy.message(for: code)
        if isHeaderLimit(code, message) { return FetchError(.headerLimit, message) }
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST:
            return FetchError(.dns, message)
        case CURLE_COULDNT_CONNECT:
            let osError = Int32(easy.long(CURLINFO_OS_ERRNO) ?? 0)
            let unreachable = osError == ENETUNREACH || osError == EHOSTUNREACH
            return FetchError(unreachable ? .noRoute : .connection, message)
        case CURLE_OPERATION_TIMEDOUT:
            // No peer address: the time ran out while the name was still being looked up.
            let resolved = !(easy.string(CURLINFO_PRIMARY_IP) ?? "").isEmpty
            return FetchError(.timeout, message, hostResolved: resolved)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE,
             CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_CLIENTCERT:
            return FetchError(.tls, message)
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE,
             CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_COULDNT_RESOLVE_PROXY, CURLE_WEIRD_SERVER_REPLY:
            return FetchError(.connection, message)
        case CURLE_UNSUPPORTED_PROTOCOL:
            return FetchError(.unsupportedScheme, message)
        default:
            return FetchError(.other, message)
        }
    }
}

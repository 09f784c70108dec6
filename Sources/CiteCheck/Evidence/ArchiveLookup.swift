import Foundation

/// Finds archived copies of failing links through the Internet Archive's availability API: the
/// capture closest before the note's access date (what the author saw), falling back to the
/// closest after. Answers are cached in the history store; lookups have their own limits, since
/// the archive is one host asked about many links.
public struct ArchiveLookup: Sendable {
    /// One HTTP answer, as the transport hands it back.
    public struct Response: Sendable, Hashable {
        public var httpStatus: Int?
        public var body: Data
        public init(httpStatus: Int?, body: Data) {
            self.httpStatus = httpStatus
            self.body = body
        }
    }

    /// Fetches a batch of URLs (the fetch layer's engine, with its own politeness settings).
    public typealias Transport = @Sendable ([String]) -> [String: Response]

    /// `--archive-url`: the API's address; tests point it at a loopback server.
    public var baseURL: String
    /// At most this many links are looked up per run (cache hits are free).
    public var maxLookups: Int
    /// How long a found copy, and a "no copy", stay cached.
    public var cacheFound: TimeInterval
    public var cacheMissing: TimeInterval
    /// The run's shared budget, when several stages ask the archive; nil: `maxLookups` for this lookup alone.
    public var budget: ArchiveBudget?

    public static let defaultBaseURL = "https://archive.org/wayback/available"

    public init(baseURL: String = ArchiveLookup.defaultBaseURL, maxLookups: Int = 50,
                cacheFound: TimeInterval = 30 * 86_400, cacheMissing: TimeInterval = 7 * 86_400) {
        self.baseURL = baseURL
        self.maxLookups = maxLookups
        self.cacheFound = cacheFound
        self.cacheMissing = cacheMissing
    }

    /// One link to look up, with the date its note says it was accessed.
    public struct Request: Hashable, Sendable {
        public var url: String
        public var accessed: PartialDate?
        public init(url: String, accessed: PartialDate?) {
            self.url = url
            self.accessed = accessed
        }
    }

    /// YYYYMMDDhhmmss for the end of the access date's span (a month-only date means its last day),
    /// or for `now` when the note gives no access date.
    public static func timestamp(accessed: PartialDate?, now: Date) -> String {
        if let accessed {
            let month = accessed.month ?? 12
            let day = accessed.day ?? PartialDate.daysIn(month: month, year: accessed.year)
            return String(format: "%04d%02d%02d235959", accessed.year, month, day)
        }
        let iso = AuditClock.iso(now)  // 2026-11-30T06:00:00Z
        return iso.filter(\.isNumber)
    }

    /// The API request for a URL at a timestamp; `closest` is "before" or "after".
    public func requestURL(for url: String, timestamp: String, closest: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = url.addingPercentEncoding(withAllowedCharacters: allowed) ?? url
        let separator = baseURL.contains("?") ? "&" : "?"
        return "\(baseURL)\(separator)url=\(encoded)&timestamp=\(timestamp)&closest=\(closest)"
    }

    /// Archived copies by URL, for those that have one. Cached answers are used when fresh;
    /// new answers are cached. A failed request (no answer, not 200, not JSON) is neither cached
    /// nor reported: the next run asks again.
    public func lookup(_ requests: [Request], store: HistoryStore?, now: Date, transport: Transport) throws -> [String: ArchiveSnapshot] {
        var cacheProblem: CiteCheckError?
        return try lookup(requests, store: store, now: now, transport: transport, cacheProblem: &cacheProblem)
    }

    /// The same, with the reason the answers could not be cached (a full disk) in `cacheProblem`:
    /// the answers are still returned, and the next run asks the archive again.
    public func lookup(_ requests: [Request], store: HistoryStore?, now: Date, transport: Transport,
                       cacheProblem: inout CiteCheckError?) throws -> [String: ArchiveSnapshot] {
        try answers(requests, store: store, now: now, transport: transport, cacheProblem: &cacheProblem).compactMapValues { $0 }
    }

    /// The archive's answer for each URL it was asked about (or answered from the cache):
    /// a snapshot, or nil when it has no copy. URLs missing from the result were not asked
    /// (over the budget) or got no usable answer, which is not the same as "no copy".
    public func answers(_ requests: [Request], store: HistoryStore?, now: Date, transport: Transport) throws -> [String: ArchiveSnapshot?] {
        var cacheProblem: CiteCheckError?
        return try answers(requests, store: store, now: now, transport: transport, cacheProblem: &cacheProblem)
    }

    /// The same; an answer that cannot be cached (a full disk, a failing store file) is still
    /// returned, the first such failure is kept in `cacheProblem`, and no later write is tried.
    public func answers(_ requests: [Request], store: HistoryStore?, now: Date, transport: Transport,
                        cacheProblem: inout CiteCheckError?) throws -> [String: ArchiveSnapshot?] {
        var found: [String: ArchiveSnapshot?] = [:]
        var pending: [(Request, String)] = []
        var seen = Set<String>()
        for request in requests where seen.insert(request.url).inserted {
            let stamp = Self.timestamp(accessed: request.accessed, now: now)
            if let store, let cached = try cachedAnswer(store, url: request.url, stamp: stamp, now: now) {
                found[request.url] = .some(cached)
                continue
            }
            if budget?.take() ?? (pending.count < maxLookups) { pending.append((request, stamp)) }
        }
        guard !pending.isEmpty else { return found }

        // First ask for the closest capture before the access date. One request goes alone: if
        // the archive cannot be reached at all, the rest are not queued behind the politeness gap.
        var first = transport([requestURL(for: pending[0].0.url, timestamp: pending[0].1, closest: "before")])
        guard first.values.contains(where: { $0.httpStatus != nil }) else { return found }
        if pending.count > 1 {
            first.merge(transport(pending.dropFirst().map { requestURL(for: $0.0.url, timestamp: $0.1, closest: "before") }),
                        uniquingKeysWith: { a, _ in a })
        }
        var fallback: [(Request, String)] = []
        var answers: [String: ArchiveSnapshot?] = [:]
        for (request, stamp) in pending {
            guard let answer = first[requestURL(for: request.url, timestamp: stamp, closest: "before")],
                  let parsed = Self.decode(answer) else { continue }
            if let snapshot = parsed {
                // At or before the access date, as asked; or after it when the archive has nothing
                // before, which is the fallback already in hand.
                answers[request.url] = snapshot
            } else {
                fallback.append((request, stamp))
            }
        }
        // Nothing before: ask for the closest after (archives that honour the direction strictly).
        if !fallback.isEmpty {
            let second = transport(fallback.map { requestURL(for: $0.0.url, timestamp: $0.1, closest: "after") })
            for (request, stamp) in fallback {
                guard let answer = second[requestURL(for: request.url, timestamp: stamp, closest: "after")],
                      let parsed = Self.decode(answer) else { continue }
                answers[request.url] = .some(parsed)
            }
        }
        for (request, stamp) in pending {
            guard let answer = answers[request.url] else { continue }
            found[request.url] = .some(answer)
            guard let store, cacheProblem == nil else { continue }
            do {
                try store.cacheArchive(url: request.url, requested: stamp, snapshot: answer, at: now)
            } catch let error as CiteCheckError {
                cacheProblem = error
            } catch {
                cacheProblem = CiteCheckError(.output, file: nil, "history store: \(error)")
            }
        }
        return found
    }

    private func cachedAnswer(_ store: HistoryStore, url: String, stamp: String, now: Date) throws -> ArchiveSnapshot?? {
        guard let cached = try store.cachedArchive(url: url, requested: stamp, notBefore: now.addingTimeInterval(-cacheFound)) else {
            return nil
        }
        if cached == nil {
            // A "no copy" answer ages out sooner: the archive may have captured the page since.
            guard try store.cachedArchive(url: url, requested: stamp, notBefore: now.addingTimeInterval(-cacheMissing)) != nil else {
                return nil
            }
        }
        return cached
    }

    /// nil: no usable answer; .some(nil): the archive answered that it has no copy.
    private static func decode(_ response: Response) -> ArchiveSnapshot?? {
        // Not `try?`: it would flatten "no copy" (a nil snapshot) into "no answer".
        guard response.httpStatus == 200 else { return nil }
        do {
            return .some(try ArchiveAvailability.parse(response.body))
        } catch {
            return nil
        }
    }
}

/// The request rate for the registries: Crossref's documented limits, tightened by what its
/// X-Rate-Limit-Limit / X-Rate-Limit-Interval headers announce. The same limits apply to
/// doi.org and DataCite, which document none as precise.
public struct DOIRateLimit: Sendable, Hashable {
    /// Requests in flight to one registry host.
    public var concurrency: Int
    /// Minimum gap between request starts to one host, in milliseconds.
    public var intervalMs: Int

    /// Crossref's polite pool (requests that name a contact address), single records: 10
    /// requests/s, 3 at a time (the limits in force since 1 December 2025).
    public static let polite = DOIRateLimit(concurrency: 3, intervalMs: 100)
    /// Crossref's public pool, single records: 5 requests/s, one at a time.
    public static let anonymous = DOIRateLimit(concurrency: 1, intervalMs: 200)
    /// Crossref's lists of records (queries, filters): 3 requests/s, 3 at a time, in the polite pool.
    public static let politeQueries = DOIRateLimit(concurrency: 3, intervalMs: 334)
    /// …and 1 request/s, one at a time, in the public pool.
    public static let anonymousQueries = DOIRateLimit(concurrency: 1, intervalMs: 1000)
    /// OpenAlex: at most 10 requests/s (its documented cap for the common and polite pools).
    public static let openAlex = DOIRateLimit(concurrency: 3, intervalMs: 100)
    /// Open Library asks for about 1 request/s from anonymous clients and 3/s from ones whose
    /// User-Agent names a contact; one at a time either way.
    public static let openLibrary = DOIRateLimit(concurrency: 1, intervalMs: 1000)
    public static let openLibraryIdentified = DOIRateLimit(concurrency: 1, intervalMs: 334)

    public init(concurrency: Int, intervalMs: Int) {
        self.concurrency = concurrency
        self.intervalMs = intervalMs
    }

    /// One worker's share when `workers` processes ask the same registry (`--shard K/N`): as many
    /// requests a second between them as one process alone may send.
    public func divided(among workers: Int) -> DOIRateLimit {
        guard workers > 1 else { return self }
        return DOIRateLimit(concurrency: max(1, concurrency / workers), intervalMs: intervalMs * workers)
    }

    /// This limit, slowed to what the server announces ("X-Rate-Limit-Limit: 50",
    /// "X-Rate-Limit-Interval: 1s"); never faster than this limit already is. The server's numbers
    /// are clamped like Retry-After: "1e20s" or "inf" must neither trap nor stall the run, so the
    /// gap between requests is at most `Limits.serverWaitSeconds`.
    public func honouring(limit: String?, interval: String?) -> DOIRateLimit {
        guard let limit, let n = Int(limit.trimmingCharacters(in: .whitespaces)), n > 0,
              let interval, let seconds = Self.seconds(interval), !seconds.isNaN else { return self }
        let gapSeconds = Limits.serverWait(seconds / Double(n))
        let gap = Int((gapSeconds * 1000).rounded(.up))
        return DOIRateLimit(concurrency: concurrency, intervalMs: max(intervalMs, gap))
    }

    /// "1s", "500ms", "2m", or a bare number of seconds.
    static func seconds(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasSuffix("ms") { return Double(t.dropLast(2)).map { $0 / 1000 } }
        if t.hasSuffix("s") { return Double(t.dropLast()) }
        if t.hasSuffix("m") { return Double(t.dropLast()).map { $0 * 60 } }
        return Double(t)
    }
}

import Foundation

import Foundation

extension ArchiveLookup {
    /// The archive's transport: the program's one network client (libcurl, through `LinkFetcher`),
    /// with the user's TLS, proxy and `--connect-to` settings but the archive's own politeness:
    /// one request at a time, `intervalMs` apart.
    /// `maxBody`: 256 KB for the API's JSON; archived pages (`--drift`) get the user's `--max-body`.
    public static func transport(_ base: FetchOptions, intervalMs: Int = 1_000, maxBody: Int = 256 * 1024) -> Transport {
        var options = base
        options.concurrency = 1
        options.hostConcurrency = 1
        options.hostIntervalMs = max(base.hostIntervalMs, intervalMs)
        options.retries = min(base.retries, 1)
        options.maxBody = maxBody
        let fetcher = LinkFetcher(options: options)
        return { urls in
            var answers: [String: Response] = [:]
            for outcome in fetcher.fetchAll(urls) {
                answers[outcome.url] = Response(httpStatus: outcome.httpStatus, body: outcome.body)
            }
            return answers
        }
    }
}

/// The work waiting for one host, and how much that host is being asked right now.
/// Politeness lives here: per-host concurrency, the gap between requests, and 429 backoff.
final class HostQueue {
    /// Jobs not yet started; a taken slot is emptied at once, so a finished job (and the body it
    /// carried) is freed when it settles, not when the whole host is done.
    private var fresh: [FetchJob?] = []
    private var freshHead = 0
    /// Retries and redirect hops: they go before fresh work once their time has come.
    private var waiting: [FetchJob] = []
    var inFlight = 0
    /// Monotonic time before which no request may start (the interval, or a 429 backoff).
    var nextStart: Double = 0

    var hasWork: Bool { freshHead < fresh.count || !waiting.isEmpty }

    /// Jobs waiting for this host.
    var pending: Int { fresh.count - freshHead + waiting.count }

    func append(_ job: FetchJob) { fresh.append(job) }

    func appendWaiting(_ job: FetchJob) { waiting.append(job) }

    /// The next job allowed to start at `now`, removed from the queue.
    func take(now: Double) -> FetchJob? {
        guard now >= nextStart else { return nil }
        if let index = waiting.indices.min(by: { waiting[$0].notBefore < waiting[$1].notBefore }),
           waiting[index].notBefore <= now {
            return waiting.remove(at: index)
        }
        guard freshHead < fresh.count, let job = fresh[freshHead] else { return nil }
        fresh[freshHead] = nil
        freshHead += 1
        if freshHead > 1024 && freshHead * 2 > fresh.count {  // reclaim the consumed prefix
            fresh.removeFirst(freshHead)
            freshHead = 0
        }
        return job
    }

    /// When this host could next start something, or nil if it has nothing to start.
    func readyTime() -> Double? {
        var earliest: Double? = freshHead < fresh.count ? 0 : nil
        for job in waiting { earliest = min(earliest ?? job.notBefore, job.notBefore) }
        return earliest.map { max($0, nextStart) }
    }
}

import Testing
@testable import CiteCheck

@Test func retriesWaitForTheirTimeAndGoBeforeFreshWork() {
    let queue = HostQueue()
    let fresh = FetchJob(url: "http://h/1", host: "h", useHEAD: false, sink: { _ in })
    let retry = FetchJob(url: "http://h/2", host: "h", useHEAD: false, sink: { _ in })
    queue.append(fresh)
    retry.notBefore = 10
    queue.appendWaiting(retry)
    #expect(queue.pending == 2)
    #expect(queue.take(now: 5) === fresh)  // the retry is not due yet
    #expect(queue.take(now: 5) == nil)
    #expect(queue.readyTime() == 10)
    #expect(queue.take(now: 10) === retry)
    #expect(!queue.hasWork)
}

@Test func nextStartHoldsTheWholeHost() {
    let queue = HostQueue()
    queue.append(FetchJob(url: "http://h/1", host: "h", useHEAD: false, sink: { _ in }))
    queue.nextStart = 3  // a 429 backoff or the host interval
    #expect(queue.take(now: 2) == nil)
    #expect(queue.readyTime() == 3)
    #expect(queue.take(now: 3) != nil)
}

import Testing
@testable import CiteCheck

@Test func offlineNeedsEveryFailureToBeALookupOrRoute() {
    let dns = FetchOutcome(url: "https://a.org", error: FetchError(.dns, "Could not resolve host"))
    let route = FetchOutcome(url: "https://b.org", error: FetchError(.noRoute, "Network is unreachable"))
    let answered = FetchOutcome(url: "https://c.org", httpStatus: 404)
    let refused = FetchOutcome(url: "https://d.org", error: FetchError(.connection, "refused"))
    #expect(LinkAuditor.networkUnreachable([dns, route]))
    #expect(!LinkAuditor.networkUnreachable([dns, answered]))
    #expect(!LinkAuditor.networkUnreachable([dns, refused]))
    #expect(!LinkAuditor.networkUnreachable([]))
}

@Test func aLookupThatTimedOutIsNoEvidenceOfANetworkButAConnectionThatTimedOutIs() {
    let dns = FetchOutcome(url: "https://a.org", error: FetchError(.dns, "Could not resolve host"))
    let lookupTimedOut = FetchOutcome(url: "https://b.org", error: FetchError(.timeout, "Resolving timed out after 2000 milliseconds", hostResolved: false))
    let readTimedOut = FetchOutcome(url: "https://c.org", error: FetchError(.timeout, "Operation timed out after 2000 milliseconds with 0 bytes received"))
    #expect(LinkAuditor.networkUnreachable([dns, lookupTimedOut]))
    #expect(LinkAuditor.networkUnreachable([lookupTimedOut]))
    #expect(!LinkAuditor.networkUnreachable([dns, lookupTimedOut, readTimedOut]))
}

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

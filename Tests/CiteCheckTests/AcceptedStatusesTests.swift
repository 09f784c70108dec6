import CiteCheck
import Testing

@Suite struct AcceptedStatusesTests {
    @Test func lycheeSyntax() throws {
        let accept = try AcceptedStatuses(parsing: "200..=299, 403,500..502")
        #expect(accept.contains(200) && accept.contains(299) && accept.contains(403))
        #expect(accept.contains(500) && accept.contains(501) && !accept.contains(502))  // ".." is half-open
        #expect(!accept.contains(404) && !accept.contains(300))
    }

    @Test func badListsAreUsageErrors() {
        for bad in ["", "abc", "200..=", "299..=200", "42", "200..200", ","] {
            #expect(throws: CiteCheckError.self, "\(bad)") { try AcceptedStatuses(parsing: bad) }
        }
    }

    @Test func acceptingOnlyUpgradesTheStatusesNamed() throws {
        let accept = try AcceptedStatuses(parsing: "403")
        let blocked = LinkVerdict(.blocked, "answered 403 with a challenge")
        #expect(accept.apply(blocked, httpStatus: 403).status == .ok)
        #expect(accept.apply(LinkVerdict(.dead, "answered 404"), httpStatus: 404).status == .dead)
        #expect(accept.apply(LinkVerdict(.timeout, "timed out"), httpStatus: nil).status == .timeout)
        let redirected = LinkVerdict(.redirected, "moved", suggestion: "http://x/new")
        #expect(accept.apply(redirected, httpStatus: 403) == redirected)
    }
}

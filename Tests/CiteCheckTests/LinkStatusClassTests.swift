import Testing
@testable import CiteCheck

@Test func everyLinkStatusHasAClass() {
    for status in ["ok", "redirected"] { #expect(LinkStatusClass(status: status) == .success) }
    for status in ["dead", "timeout", "dns", "tls", "connection", "server-error"] {
        #expect(LinkStatusClass(status: status) == .failure)
    }
    for status in ["blocked", "rate-limited", "unverified", "skipped", "something-new"] {
        #expect(LinkStatusClass(status: status) == .neutral)
    }
}

import CiteCheck
import Testing

@Suite struct SafeLinkTests {
    @Test func onlyHTTPAndHTTPSWithAHost() {
        #expect(SafeLink.href("https://www.un.org/zh/") == "https://www.un.org/zh/")
        #expect(SafeLink.href("HTTP://EXAMPLE.ORG/a") == "HTTP://EXAMPLE.ORG/a")
        for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                    "mailto:a@b.c", "//evil.example/x", "/relative", "http:///nohost", "https://a.b/\u{0}x", "https://a.b/ x", "vbscript:x"] {
            #expect(SafeLink.href(bad) == nil, "\(bad) must not become a link")
        }
        #expect(SafeLink.href(nil) == nil)
    }

    @Test func hostsForTheFilter() {
        #expect(SafeLink.host("https://WWW.UN.ORG/x") == "www.un.org")
        #expect(SafeLink.host("javascript:alert(1)") == nil)
    }
}

import Testing
@testable import CiteCheck

@Test func splitsAnHTTPURL() throws {
    let parts = try #require(URLParts("https://User@WWW.UN.org:8443/en/page.PDF?x=1#top"))
    #expect(parts.scheme == "https")
    #expect(parts.host == "www.un.org")
    #expect(parts.port == 8443)
    #expect(parts.path == "/en/page.PDF")
    #expect(parts.query == "x=1")
    #expect(parts.pathExtension == "pdf")
    #expect(parts.isHTTP)
}

@Test func handlesIPv6AndSchemesWithoutHosts() throws {
    let v6 = try #require(URLParts("http://[::1]:8080/x"))
    #expect(v6.host == "::1")
    #expect(v6.port == 8080)
    let mail = try #require(URLParts("mailto:someone@example.org"))
    #expect(mail.scheme == "mailto")
    #expect(mail.host.isEmpty)
    #expect(!mail.isHTTP)
    #expect(URLParts("not a url") == nil)
    #expect(URLParts("http://example.org")?.path == "")
}

@Test func requestFormEncodesOnlyWhatMustBe() {
    #expect(URLParts.requestForm("https://example.org/中文 页?q=a%20b#frag")
        == "https://example.org/%E4%B8%AD%E6%96%87%20%E9%A1%B5?q=a%20b")
    #expect(URLParts.requestForm("https://example.org/a_b-c~d") == "https://example.org/a_b-c~d")
    #expect(URLParts.requestForm("https://example.org/{x}|y^") == "https://example.org/%7Bx%7D%7Cy%5E")
    #expect(URLParts.requestForm("http://[::1]:8080/x") == "http://[::1]:8080/x")
    // The host stays as cited: libcurl turns it into punycode; a percent-encoded host is refused.
    #expect(URLParts.requestForm("http://stössenseer.de/über?q=ä#top") == "http://stössenseer.de/%C3%BCber?q=%C3%A4")
    #expect(URLParts.requestForm("https://北京大学.cn:8443") == "https://北京大学.cn:8443")
}

@Test func splitsUglyURLsByteWise() throws {
    let chinese = try #require(URLParts("  HTTP://例子.中国:81/路径/文件.HTML?问=答#片段 "))
    #expect(chinese.scheme == "http")
    #expect(chinese.host == "例子.中国")
    #expect(chinese.port == 81)
    #expect(chinese.path == "/路径/文件.HTML")
    #expect(chinese.query == "问=答")
    #expect(chinese.pathExtension == "html")
    // A fragment ends the URL even before a "?"; a user part may hold ":" and "@".
    let odd = try #require(URLParts("https://a:b@c@Host.example/x#frag?notquery"))
    #expect(odd.host == "host.example")
    #expect(odd.query == nil)
    #expect(odd.path == "/x")
    #expect(URLParts("1http://x") == nil)
    #expect(URLParts("ht tp://x") == nil)
    #expect(URLParts("") == nil)
    #expect(URLParts("http:")?.host == "")
    #expect(URLParts("http://host:notaport/")?.port == nil)
}

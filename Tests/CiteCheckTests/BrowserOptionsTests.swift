import Testing
@testable import CiteCheck

@Test func connectToBecomesChromiumsHostResolverRules() {
    var options = BrowserOptions(executable: "/usr/bin/chromium")
    #expect(options.hostResolverRules == nil)
    options.connectTo = ["www.un.org:80:127.0.0.1:8080", "::127.0.0.1:9443", "archive.test:443:mirror.example:"]
    #expect(options.hostResolverRules == "MAP www.un.org:80 127.0.0.1:8080,MAP * 127.0.0.1:9443,MAP archive.test:443 mirror.example")
}

@Test func theRendererKeepsToTheWebAndRoutesLikeLibcurl() {
    var options = BrowserOptions(executable: "/bin/true")
    options.connectTo = ["a.example:80:127.0.0.1:1"]
    options.trustedSPKI = ["AAAA", "BBBB"]
    let renderer = ChromiumRenderer(options: options)
    let arguments = renderer.arguments(for: "http://a.example/", profile: "/tmp/p")
    #expect(arguments.contains("--host-resolver-rules=MAP a.example:80 127.0.0.1:1"))
    #expect(arguments.contains("--ignore-certificate-errors-spki-list=AAAA,BBBB"))
    #expect(arguments.contains("--user-data-dir=/tmp/p"))
    #expect(arguments.suffix(2) == ["--dump-dom", "http://a.example/"])
    #expect(renderer.render("file:///etc/passwd").problem == "not an http or https address")
    #expect(renderer.render("javascript:alert(1)").dom == nil)
    #expect(BrowserOptions.locate(environment: ["CITECHECK_CHROMIUM": "/nonexistent/chromium"]) == nil)
}

import Foundation
import Testing

/// `check --browser` against the loopback web, in Debian's chromium (installed by `make test-deps`).
@Suite(.enabled(if: Browser.path != nil, "chromium is not installed: run `make test-deps` (apt-get install chromium)"))
struct CheckCommandBrowserTests {
    @Test func theJavaScriptChallengePassesTheWallDoesNotAndTheBuiltPageIsRead() throws {
        let web = try ContentWeb()
        defer { web.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try web.check("browser-paper.txt", ["--browser", "--no-store", "--no-archive"], folder: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let links = run.report.linksByPath

        let challenge = try #require(links["/browser/challenge"])
        #expect(challenge["status"] as? String == "ok")
        #expect(challenge["via"] as? String == "browser")
        #expect(challenge["httpStatus"] as? Int == 403, "what libcurl got stays on record")
        #expect((challenge["page"] as? [String: Any])?["title"] as? String == "Guarded Report on AI Audits")

        let wall = try #require(links["/browser/wall"])
        #expect(wall["status"] as? String == "blocked")
        #expect(wall["via"] is NSNull)
        let blocked = try #require((run.report["findings"] as? [[String: Any]])?.first { $0["reference"] as? String == "r2" })
        #expect(blocked["kind"] as? String == "blocked")
        #expect((blocked["message"] as? String ?? "").contains("a headless browser saw a page titled \"Just a moment...\""))

        let built = try #require(links["/browser/built"])
        #expect(built["status"] as? String == "ok")
        #expect(built["via"] as? String == "browser")
        let page = try #require(built["page"] as? [String: Any])
        #expect(page["title"] as? String == "Script-Built Report on AI Registries")
        #expect(page["published"] as? String == "2021-06-15")
        #expect(run.report.findingKinds["r1"] == nil && run.report.findingKinds["r3"] == nil)
        // The browser reached the pages through --connect-to's mapping: the server saw the cookie's reload.
        #expect(try web.hits()["/browser/challenge"] ?? 0 >= 3, "libcurl once, the browser twice (challenge, reload)")
    }

    /// Over https with the test CA: libcurl and the browser both trust --cacert and both follow
    /// --connect-to, so the browser reaches the server and sees the challenge itself.
    @Test func theBrowserTrustsCacertAndFollowsConnectToLikeLibcurl() throws {
        let server = try TestServer(tls: true)
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ca = try TestCertificates.shared.get().caCert
        let route = ["--connect-to", "www.un.org:443:127.0.0.1:\(server.httpsPort ?? 0)", "--no-store", "--no-archive",
                     "--retries", "0", "--format", "json", "--output-dir", folder.path]
        let run = try CLI.run(["check", CLI.fixture("tls-browser-paper.txt"), "--browser", "--cacert", ca] + route)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        #expect(finding["kind"] as? String == "blocked")
        #expect((finding["message"] as? String ?? "").contains("a headless browser saw a page titled \"Just a moment...\""),
                "\(finding["message"] ?? "")")
        #expect(try server.stats().hits["/cf"] ?? 0 >= 2, "libcurl and the browser")
    }

    @Test func withoutChromiumBrowserIsAClearUsageError() throws {
        let run = try CLI.run(["check", CLI.fixture("browser-paper.txt"), "--browser", "--no-store"],
                              environment: ["CITECHECK_CHROMIUM": "/nonexistent/chromium"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("apt-get install chromium"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }
}

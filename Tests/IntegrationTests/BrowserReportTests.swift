import Foundation
import Testing

/// The HTML report in a real browser: Debian's chromium, headless, started by the test. Skipped,
/// with the reason, only when chromium is not installed (`make test-deps` installs it).
@Suite(.enabled(if: Browser.path != nil, "chromium is not installed: run `make test-deps` (apt-get install chromium)"))
struct BrowserReportTests {
    /// The seed paper, checked offline: every note, reference and finding is in the rendered page,
    /// the script ran (the filter bar is shown), and the page renders to a PNG.
    @Test func theSeedPaperReportRendersCompletely() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path
        let checked = try CLI.run(["check", seed, "--offline", "--no-store", "--format", "html,json", "--output-dir", folder.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        let report = folder.appendingPathComponent("report.html")
        let audit = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
        let notes = try #require(audit["notes"] as? [[String: Any]])
        let references = try #require(audit["references"] as? [[String: Any]])
        let findings = try #require(audit["findings"] as? [[String: Any]])

        let dom = try Browser.dumpDOM(report, folder: folder)
        for note in notes {
            let index = try #require(note["index"] as? Int)
            #expect(dom.contains("id=\"note-\(index)\""), "note \(index) missing from the page")
        }
        for reference in references {
            let id = try #require(reference["id"] as? String)
            #expect(dom.contains("<section class=\"reference\" id=\"\(id)\">"), "\(id) missing from the page")
        }
        #expect(Browser.count("<li class=\"finding ", in: dom) == findings.count)
        #expect(dom.contains("<nav id=\"filters\" aria-label=\"Filters\">"), "the script shows the filter bar")
        #expect(dom.contains("\(notes.count) of \(notes.count) notes shown"))
        #expect(dom.contains("以联合国为“主渠道”的全球人工智能治理进程"))

        let png = folder.appendingPathComponent("report.png")
        try Browser.screenshot(report, to: png, folder: folder)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
        // IHDR width, big-endian at offset 16: the window's width.
        let width = bytes.count > 20 ? bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
        #expect(width == 1280)
    }

    /// The page never scrolls sideways, on a desktop window or a phone's: the seed paper cites a
    /// 120-character URL with no place to break, which once made the page 2,030 px wide at 1,200.
    @Test func theReportNeverScrollsSideways() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path
        let checked = try CLI.run(["check", seed, "--offline", "--no-store", "--format", "html", "--output-dir", folder.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        // A copy that writes the page's width and the window's into itself once laid out.
        let measured = folder.appendingPathComponent("measured.html")
        let probe = "<script>addEventListener('load', () => { const p = document.createElement('pre'); p.id = 'widths'; "
            + "p.textContent = document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth; document.body.appendChild(p); });</script>"
        try (String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8) + probe)
            .write(to: measured, atomically: true, encoding: .utf8)
        for width in [1280, 420] {
            let dom = try Browser.run(["--dump-dom", "--window-size=\(width),1600", "--virtual-time-budget=3000", measured.absoluteString],
                                      folder: folder)
            let widths = try #require(dom.components(separatedBy: "<pre id=\"widths\">").dropFirst().first?
                .components(separatedBy: "</pre>").first?.split(separator: " ").compactMap { Int($0) })
            #expect(widths.count == 2 && widths[0] <= widths[1], "at \(width) px the page is \(widths) (content, window) wide")
        }
    }

    /// Against the loopback web: the filters read from the URL hide the right notes, and while
    /// chromium renders, every host it might contact is mapped to the test server, which sees nothing.
    @Test func filtersWorkAndNothingIsFetched() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = try CLI.run([
            "check", CheckCommandTests.paper, "--format", "html", "--output-dir", folder.path, "--no-store", "--no-archive", "--timeout", "2",
            "--retries", "0", "--host-interval", "0", "--connect-to", "www.un.org:80:127.0.0.1:\(server.httpPort)",
        ])
        #expect(checked.status == 1, "\(checked.stderr)")
        let report = folder.appendingPathComponent("report.html")
        var before = try server.stats().hits
        let route = "MAP * 127.0.0.1:\(server.httpPort)"

        func visible(_ fragment: String) throws -> [Int] {
            let dom = try Browser.dumpDOM(report, fragment: fragment, folder: folder, resolverRules: route)
            return Browser.visibleNotes(in: dom)
        }
        #expect(try visible("") == [1, 2, 3, 4, 5])
        #expect(try visible("#filter=errors") == [3], "errors only: the dead link")
        #expect(try visible("#filter=warnings") == [2, 3, 4])
        #expect(try visible("#kind=redirected") == [2])
        #expect(try visible("#kind=blocked&filter=warnings") == [4])
        #expect(try visible("#host=www.un.org") == [1, 2, 3, 4, 5])
        #expect(try visible("#q=guarded") == [4])
        #expect(try visible("#note-3") == [1, 2, 3, 4, 5], "a note anchor is not a filter")
        let nothing = try Browser.dumpDOM(report, fragment: "#q=no-such-text", folder: folder, resolverRules: route)
        #expect(Browser.visibleNotes(in: nothing).isEmpty)
        #expect(nothing.contains("<p id=\"f-empty\" class=\"notice\">No note matches"), "the empty state is shown")

        // Printing keeps the filtered view, says so, and leaves out the filter bar.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") {
            let pdf = folder.appendingPathComponent("report.pdf")
            _ = try Browser.run(["--no-pdf-header-footer", "--host-resolver-rules=\(route)", "--print-to-pdf=\(pdf.path)",
                                 report.absoluteString + "#filter=errors"], folder: folder)
            let text = try Browser.pdfText(pdf)
            #expect(text.contains("Printed with filters: errors only (1 of 5 notes)."))
            #expect(text.contains("Note 3"))
            #expect(!text.contains("Note 1") && !text.contains("Note 2"))
            #expect(!text.contains("Search"), "no filter bar on paper")
        }

        // Only the /stats requests themselves may differ.
        var after = try server.stats().hits
        before["/stats"] = nil
        after["/stats"] = nil
        #expect(after == before, "fetched while rendering: \(after.filter { before[$0.key] != $0.value })")

        // The only http(s) URLs in href attributes are the cited links and where they lead.
        let html = try String(contentsOf: report, encoding: .utf8)
        let hrefs = Browser.attributes("href", in: html).filter { !$0.hasPrefix("#") }
        #expect(!hrefs.isEmpty)
        let cited: Set<String> = ["http://www.un.org/ok", "http://www.un.org/moved", "http://www.un.org/new-place",
                                  "http://www.un.org/404", "http://www.un.org/cf"]
        #expect(Set(hrefs).isSubset(of: cited), "unexpected \(Set(hrefs).subtracting(cited))")
        #expect(Browser.attributes("src", in: html).isEmpty)
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
    }
}

/// Headless chromium driven through its command line.
enum Browser {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func run(_ arguments: [String], folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        let profile = folder.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             // The browser's own clock check (/time/1/current) is not the page's doing.
                             "--disable-features=NetworkTimeServiceQuerying",
                             "--user-data-dir=\(profile.path)"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // A safety net, not a timing assertion: a wedged browser must not hang the whole suite.
        DispatchQueue.global().asyncAfter(deadline: .now() + 180) { if process.isRunning { process.terminate() } }
        // Drain stderr on its own thread so a chatty chromium never blocks on a full pipe.
        let errors = ErrorDrain(err)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errors.wait()
        try? FileManager.default.removeItem(at: profile)
        guard process.terminationStatus == 0 else {
            throw BrowserError.failed(process.terminationStatus, errors.text.suffix(2000).description)
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    static func dumpDOM(_ page: URL, fragment: String = "", folder: URL, resolverRules: String? = nil) throws -> String {
        var arguments = ["--dump-dom"]
        if let resolverRules { arguments.append("--host-resolver-rules=\(resolverRules)") }
        return try run(arguments + [page.absoluteString + fragment], folder: folder)
    }

    static func screenshot(_ page: URL, to png: URL, folder: URL) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=1280,4000", "--hide-scrollbars", page.absoluteString], folder: folder)
    }

    /// The text of a PDF, through poppler's pdftotext.
    static func pdfText(_ pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [pdf.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Note indices whose <article> is not hidden, in page order.
    static func visibleNotes(in dom: String) -> [Int] {
        let regex = try! NSRegularExpression(pattern: "<article ([^>]*)>")
        let ns = dom as NSString
        return regex.matches(in: dom, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let attributes = ns.substring(with: match.range(at: 1))
            guard !attributes.contains(" hidden"), let id = attributes.range(of: "id=\"note-") else { return nil }
            return Int(attributes[id.upperBound...].prefix { $0.isNumber })
        }
    }

    static func attributes(_ name: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\s\(name)=\"([^\"]*)\"")
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1)).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}

enum BrowserError: Error { case failed(Int32, String) }

/// Reads a pipe to its end on a background thread.
final class ErrorDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ pipe: Pipe) {
        Thread.detachNewThread { [self] in
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() { done.wait() }
    var text: String { String(decoding: data, as: UTF8.self) }
}

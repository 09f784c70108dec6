import CiteCheck
import Foundation
import Testing

/// The seed paper checked end to end against a loopback copy of the web it cites: every cited URL
/// answers a page shaped like its real site (site suffix in the title, the site's own date meta tag,
/// PDFs with an Info dictionary), dated and titled as the note says, except for a few planted problems.
/// Every planted problem must be reported, and no correct reference may get a date or title finding.
@Suite struct SeedPaperWebTests {
    static let paper = CLI.repository.appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path

    /// The planted problems, by reference id (ids are stable: document order in the seed paper).
    static let wrongDate: [String: PartialDate] = [
        "r31": PartialDate(year: 2024, month: 10, day: 11)!,  // RAND, cited as 11 September 2024
        "r46": PartialDate(year: 2024, month: 12, day: 14)!,  // gov.cn, cited as 4 December 2024
    ]
    static let wrongTitle = ["r42": "UNESCO Launches Global Forum on the Ethics of Artificial Intelligence"]
    static let notFound = "r53"      // openai.com answers 404
    static let softNotFound = "r44"  // xinhuanet answers 200 with a "页面不存在" page

    @Test func plantedProblemsAreReportedAndCorrectReferencesRaiseNoDateOrTitleFinding() throws {
        let parsed = try PaperParser().parse(path: Self.paper)
        // One page per distinct URL: the first reference citing it defines what the page says.
        var pages: [[String: Any]] = []
        var seen = Set<String>()
        for reference in parsed.references {
            for url in reference.urls where seen.insert(url).inserted {
                pages.append(Self.page(for: reference, url: url))
            }
        }
        #expect(pages.count > 50, "the seed paper should cite some sixty URLs, parsed \(pages.count)")
        // The planted ids must still name the references they were chosen for.
        let plantedHosts = ["r31": "www.rand.org", "r46": "www.gov.cn", "r42": "www.unesco.org", "r53": "openai.com", "r44": "www.xinhuanet.com"]
        for (id, host) in plantedHosts {
            let cited = parsed.references.first { $0.id == id }?.urls.first
            try #require(cited.flatMap { URLParts($0)?.host } == host, "\(id) no longer cites \(host): \(cited ?? "no URL")")
        }
        let hosts = Array(Set(pages.compactMap { URLParts($0["url"] as! String)?.host })).sorted()

        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pagesFile = folder.appendingPathComponent("pages.json")
        try JSONSerialization.data(withJSONObject: pages, options: [.prettyPrinted]).write(to: pagesFile)
        let certificates = try TestCertificates(hosts: hosts, name: "seedweb").get()
        let server = try SeedWebServer(pages: pagesFile.path, certificates: certificates)
        defer { server.stop() }

        let output = folder.appendingPathComponent("report.json").path
        let connect = hosts.flatMap {
            ["--connect-to", "\($0):443:127.0.0.1:\(server.httpsPort)", "--connect-to", "\($0):80:127.0.0.1:\(server.httpPort)"]
        }
        let result = try CLI.run(["check", Self.paper, "--no-store", "--no-archive", "--format", "json", "--output", output,
                                  "--timeout", "5", "--retries", "0", "--host-interval", "0", "--cacert", certificates.caCert]
                                 + connect)
        #expect(result.status == 1, "planted errors should fail the check: \(result.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: output)))

        func findings(_ kind: String) -> [Report.Finding] { report.findings.filter { $0.kind == kind } }
        func urlOf(_ id: String) -> String? { parsed.references.first { $0.id == id }?.urls.first }

        // Every planted problem is reported, on the right reference and URL.
        for (id, date) in Self.wrongDate {
            let hit = findings("date-mismatch").first { $0.reference == id && $0.url == urlOf(id) }
            #expect(hit != nil, "no date-mismatch for \(id) (page says \(date))")
            #expect(hit?.suggestion?.contains(date.description) == true, "suggestion should give \(date): \(String(describing: hit))")
        }
        for id in Self.wrongTitle.keys {
            #expect(findings("title-mismatch").contains { $0.reference == id && $0.url == urlOf(id) }, "no title-mismatch for \(id)")
        }
        for id in [Self.notFound, Self.softNotFound] {
            #expect(findings("dead-link").contains { $0.url == urlOf(id) && ($0.reference == nil || $0.reference == id) },
                    "no dead-link for \(id) \(urlOf(id) ?? "")")
        }
        let soft = report.links.first { $0.url == urlOf(Self.softNotFound) }
        #expect(soft?.httpStatus == 200, "the soft-404 page answers 200")

        // No correct reference gets a date or title finding.
        let planted = Set(Self.wrongDate.keys).union(Self.wrongTitle.keys).union([Self.notFound, Self.softNotFound])
        let offenders = report.findings.filter {
            ($0.kind == "date-mismatch" || $0.kind == "title-mismatch") && !planted.contains($0.reference ?? "-")
        }
        let offenderList = offenders.map { "\($0.reference ?? "-") \($0.kind): \($0.message)" }.joined(separator: "\n")
        #expect(offenders.isEmpty, "false findings:\n\(offenderList)")
        let wrongKind = report.findings.filter {
            ($0.kind == "date-mismatch" && Self.wrongTitle[$0.reference ?? ""] != nil)
                || ($0.kind == "title-mismatch" && Self.wrongDate[$0.reference ?? ""] != nil)
        }
        #expect(wrongKind.isEmpty, "a planted problem raised the other kind too: \(wrongKind.map(\.message))")

        // Every served page was read: links[].page is filled with its title and date.
        let served = report.links.filter { $0.url != urlOf(Self.notFound) && $0.url != urlOf(Self.softNotFound) }
        #expect(served.count == pages.count - 2)
        for link in served {
            #expect(link.httpStatus == 200, "\(link.url) answered \(String(describing: link.httpStatus)) \(link.error ?? "")")
            if link.url == urlOf("r28") {
                #expect(link.page != nil && link.page?.title == nil, "a Word file name is no title: \(String(describing: link.page?.title))")
            } else {
                #expect(link.page?.title?.isEmpty == false, "no page title read for \(link.url)")
            }
            #expect(link.page?.published != nil, "no page date read for \(link.url)")
            let expected = pages.first { $0["url"] as? String == link.url }?["dateSource"] as? String
            #expect(link.page?.dateSource == expected, "\(link.url): date read from \(link.page?.dateSource ?? "nowhere")")
        }
    }

    // MARK: - The pages

    /// How a site shapes its pages: the suffix it adds to titles and where it states the date.
    enum DateTag { case articlePublished, citation, jsonLD, jsonLDGraph, pubDate, firstPublished, pdf }

    static func site(_ host: String) -> (suffix: String, tag: DateTag, offset: String) {
        switch host {
        case "www.cac.gov.cn": return ("_中央网络安全和信息化委员会办公室", .pubDate, "+08:00")
        case "www.mfa.gov.cn": return ("_中华人民共和国外交部", .pubDate, "+08:00")
        case "www.gov.cn": return ("_滚动新闻_中国政府网", .firstPublished, "+08:00")
        case "www.xinhuanet.com": return ("-新华网", .pubDate, "+08:00")
        case "news.un.org": return (" | 联合国新闻", .jsonLDGraph, "+00:00")
        case "unesdoc.unesco.org": return (" - UNESCO Digital Library", .citation, "+01:00")
        case "www.who.int": return (" - World Health Organization (WHO)", .jsonLD, "+02:00")
        case "www.unicef.org": return (" | UNICEF Innocenti – Global Office of Research and Foresight", .jsonLD, "+01:00")
        case "www.eeas.europa.eu": return (" | EEAS", .articlePublished, "+01:00")
        case "blogs.microsoft.com": return (" - Microsoft On the Issues", .jsonLDGraph, "-04:00")
        case "news.microsoft.com": return (" - Source EMEA", .articlePublished, "+01:00")
        case "blog.google": return (" - The Keyword", .articlePublished, "-04:00")
        case "www.rand.org": return (" | RAND", .citation, "-04:00")
        case "www.brookings.edu": return (" | Brookings", .articlePublished, "-04:00")
        case "www.hinrichfoundation.com": return (" | Hinrich Foundation", .jsonLD, "+08:00")
        case "thefuturesociety.org": return (" - The Future Society", .jsonLDGraph, "+00:00")
        case "www.worldbenchmarkingalliance.org": return (" - World Benchmarking Alliance", .articlePublished, "+02:00")
        case "www.accessnow.org": return (" - Access Now", .articlePublished, "+00:00")
        case "www.icann.org": return (" - ICANN", .jsonLD, "+00:00")
        case "www.unesco.org": return (" | UNESCO", .articlePublished, "+01:00")
        case "www.oecd.org": return (" | OECD", .jsonLD, "+02:00")
        case "www.undp.org": return (" | United Nations Development Programme", .articlePublished, "+02:00")
        case "foreignpolicy.com": return (" – Foreign Policy", .jsonLD, "-04:00")
        case "www.whitehouse.gov": return (" – The White House", .jsonLDGraph, "-05:00")
        case "www.nbcnews.com": return (" - NBC News", .articlePublished, "-04:00")
        case "www.csis.org": return (" | CSIS", .jsonLD, "-04:00")
        default: return ("", .pdf, "+00:00")
        }
    }

    /// The page a URL answers, as the page definition seedweb.py reads.
    static func page(for reference: Reference, url: String) -> [String: Any] {
        let host = URLParts(url)?.host ?? ""
        let date = wrongDate[reference.id] ?? reference.date.map(Self.day) ?? PartialDate(year: 2024, month: 1, day: 1)!
        let title = wrongTitle[reference.id] ?? printed[reference.id] ?? realistic(reference.title ?? "Untitled")
        var page: [String: Any] = ["url": url, "status": 200]
        if reference.id == notFound {
            return page.merging(["status": 404, "title": "Page not found", "type": "html"]) { $1 }
        }
        if reference.id == softNotFound {
            return page.merging(["title": "页面不存在", "h1": "对不起，您访问的页面不存在！", "lang": "zh-CN", "type": "html"]) { $1 }
        }
        var (suffix, tag, offset) = site(host)
        let isPDF = url.lowercased().contains(".pdf") || host == "docs.un.org"
        if isPDF { tag = .pdf }
        let ymd = date.description
        // Pages are touched after they are published; the modified date must not count against the note.
        let updated = PartialDate(dayNumber: date.earliestDayNumber + 40).description
        // The issue's own example of the time-zone allowance: late on the 28th in New York is the 29th in UTC.
        let stamp = timeZoneCase[reference.id] ?? "\(ymd)T10:30:00\(offset)"
        // WHO and UNICEF publish in English what the Chinese notes cite under a translated title.
        let shown = englishTitle(reference, host: host) ?? title
        // Typed: with TOMLKit loaded, a bare dictionary literal could also be a TOMLTable.
        let dateSources: [String: String] = [
            "articlePublished": "article:published_time", "citation": "citation_publication_date",
            "jsonLD": "JSON-LD datePublished", "jsonLDGraph": "JSON-LD datePublished", "pubDate": "PubDate",
            "firstPublished": "firstpublishedtime", "pdf": "PDF CreationDate"]
        page["dateSource"] = dateSources["\(tag)"]
        switch tag {
        case .pdf:
            let pdfOffset = offset == "+00:00" ? "Z" : offset.replacingOccurrences(of: ":", with: "'") + "'"
            page["type"] = "pdf"
            page["pdfTitle"] = shown
            page["pdfCreated"] = "D:" + ymd.replacingOccurrences(of: "-", with: "") + "103000" + pdfOffset
            return page
        case .articlePublished:
            page["meta"] = [["property", "og:title", shown], ["property", "og:type", "article"],
                            ["property", "article:published_time", stamp],
                            ["property", "article:modified_time", "\(updated)T08:00:00\(offset)"]]
        case .citation:
            page["meta"] = [["name", "citation_title", shown],
                            ["name", "citation_publication_date", ymd.replacingOccurrences(of: "-", with: "/")]]
        case .jsonLD:
            page["jsonld"] = ["@context": "https://schema.org", "@type": "Article", "headline": shown, "datePublished": stamp]
        case .jsonLDGraph:
            page["jsonld"] = ["@context": "https://schema.org", "@graph": [
                ["@type": "WebSite", "@id": "https://\(host)/#website", "name": suffix.trimmingCharacters(in: CharacterSet(charactersIn: " |-–_"))],
                ["@type": "WebPage", "@id": url, "name": shown + suffix, "datePublished": stamp,
                 "dateModified": "\(updated)T08:00:00\(offset)"],
            ]]
        case .firstPublished:  // gov.cn's own form: "2024-12-04-20:36:18"
            page["meta"] = [["name", "firstpublishedtime", "\(ymd)-10:30:18"], ["name", "lastmodifiedtime", "\(updated)-09:12:40"]]
        case .pubDate:
            page["meta"] = [["name", "PubDate", "\(ymd) 10:30"], ["name", "ContentSource", suffix.trimmingCharacters(in: CharacterSet(charactersIn: "_-"))]]
        }
        page["type"] = "html"
        if gbkHosts.contains(host) { page["charset"] = "gbk" }
        page["lang"] = englishTitle(reference, host: host) == nil && reference.language == "zh" ? "zh-CN" : "en"
        page["title"] = shown + suffix
        page["h1"] = shown
        return page
    }

    static let timeZoneCase = ["r33": "2024-08-28T22:00:00-04:00"]

    /// Titles as the real sites print them where that differs from the note beyond punctuation:
    /// sentence case, a dropped subtitle, "statement" for "brief", a PDF whose Info title is its
    /// document symbol or the Word file it was made from.
    static let printed = [
        "r8": "United Nations Activities on Artificial Intelligence (AI) 2024",
        "r13": "N2408782",
        "r24": "The Universal DPI Safeguards Framework",
        "r28": "Microsoft Word - Final G7 digital joint ministerial statement_20241015.docx",
        "r33": "The good, the not-so-good, and the ugly of the UN's blueprint for AI",
        "r37": "Civil society joint statement on UN Global Digital Compact",
    ]

    /// Sites that still serve GBK, named only in the page's own http-equiv meta.
    static let gbkHosts: Set = ["www.cac.gov.cn"]

    /// A cited month or year stands for a day inside it, as a real page would give.
    static func day(_ date: PartialDate) -> PartialDate {
        PartialDate(year: date.year, month: date.month ?? 6, day: date.day ?? 15)!
    }

    static func englishTitle(_ reference: Reference, host: String) -> String? {
        guard reference.language == "zh" else { return nil }
        switch host {
        case "www.who.int": return "Ethics and governance of artificial intelligence for health"
        case "www.unicef.org": return "Policy guidance on AI for children"
        default: return nil
        }
    }

    /// The title as the site itself prints it: straight quotes, spaced dashes, "U.N." without the
    /// space the citation style adds, Chinese book-title marks.
    static func realistic(_ title: String) -> String {
        title.replacingOccurrences(of: "—", with: " – ")
            .replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "U. N.", with: "U.N.")
            .replacingOccurrences(of: "U. S.", with: "U.S.")
            .replacingOccurrences(of: "〈", with: "《").replacingOccurrences(of: "〉", with: "》")
    }

    // MARK: - The report

    struct Report: Decodable {
        struct Finding: Decodable, CustomStringConvertible {
            var kind: String
            var reference: String?
            var url: String?
            var message: String
            var suggestion: String?
            var description: String { "\(kind) \(reference ?? "-") \(url ?? "-"): \(message)" }
        }
        struct Link: Decodable {
            struct Page: Decodable {
                var title: String?
                var published: String?
                var dateSource: String?
            }
            var url: String
            var httpStatus: Int?
            var error: String?
            var page: Page?
        }
        var links: [Link]
        var findings: [Finding]
    }
}

/// Fixtures/seedweb.py as a child process serving the pages in a JSON file over HTTP and HTTPS.
final class SeedWebServer: @unchecked Sendable {
    private let server: PythonServerProcess
    let httpPort: Int
    let httpsPort: Int

    init(pages: String, certificates: TestCertificates.Files) throws {
        server = try PythonServerProcess(script: "seedweb.py", arguments: [
            pages, "--cert", certificates.serverCert, "--key", certificates.serverKey,
        ])
        guard let https = server.ports.https else {
            server.stop()
            throw TestServerError.didNotStart("seedweb.py gave no HTTPS port")
        }
        httpPort = server.ports.http
        httpsPort = https
    }

    func stop() { server.stop() }
}

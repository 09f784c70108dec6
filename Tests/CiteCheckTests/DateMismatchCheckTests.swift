import Foundation
import Testing
@testable import CiteCheck

private func note(_ date: String?, id: String = "r7", note: Int = 7, label: String = "④") -> Reference {
    Reference(id: id, note: note, label: label, title: "t", date: date.flatMap { PartialDate(iso: $0) }, raw: "")
}

private func page(_ text: String, _ source: DateSource, modified: String? = nil) -> PageEvidence {
    let p = DateTextParser.parse(text)!
    var e = PageEvidence(published: PageDate(date: p.date, minuteOfDay: p.minuteOfDay, offsetMinutes: p.offsetMinutes, source: source))
    if let modified, let m = DateTextParser.parse(modified) {
        e.modified = PageDate(date: m.date, minuteOfDay: m.minuteOfDay, offsetMinutes: m.offsetMinutes, source: .articleModifiedTime)
    }
    return e
}

private let check = DateMismatchCheck()
private let url = "https://example.org/a"

@Test func sameDayRaisesNothing() {
    #expect(check.findings(for: note("2024-09-11"), url: url, page: page("2024/09/11", .citationPublicationDate)).isEmpty)
}

@Test func wrongDayAgainstStrongEvidenceIsAnErrorWithTheEvidence() throws {
    let findings = check.findings(for: note("2024-09-12"), url: url, page: page("2024/09/11", .citationPublicationDate))
    let f = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(f.kind == .dateMismatch)
    #expect(f.severity == .error)
    #expect(f.reference == "r7")
    #expect(f.url == url)
    #expect(f.message == "note 7 (④) dates the work 2024-09-12; the page says 2024-09-11 (citation_publication_date)")
    #expect(f.suggestion == "2024-09-11")
}

@Test func weakEvidenceGivesAWarning() {
    let f = check.findings(for: note("2024-10-01"), url: url, page: page("2024-09-27 09:15", .pubDate))
    #expect(f.first?.severity == .warning)
    #expect(f.first?.message.contains("(PubDate)") == true)
    #expect(check.findings(for: note("2024-10"), url: url, page: page("2024-09", .urlPath)).first?.severity == .warning)
}

@Test func citedMonthCoversAnyDayAndCitedYearAnyMonth() {
    #expect(check.findings(for: note("2024-07"), url: url, page: page("2024-07-17", .citationPublicationDate)).isEmpty)
    #expect(check.findings(for: note("2024"), url: url, page: page("2024-07-17", .citationPublicationDate)).isEmpty)
    #expect(check.findings(for: note("2024-08"), url: url, page: page("2024-07-31", .citationPublicationDate)).count == 1)
    // A page dated only to the month agrees with any cited day in it.
    #expect(check.findings(for: note("2024-07-08"), url: url, page: page("2024/07", .citationPublicationDate)).isEmpty)
}

@Test func timeZoneAllowance() {
    // 22:00 in New York on the 28th is the 29th in UTC and in Beijing.
    let brookings = page("2024-08-28T22:00:00-04:00", .articlePublishedTime)
    #expect(check.findings(for: note("2024-08-29"), url: url, page: brookings).isEmpty)
    #expect(check.findings(for: note("2024-08-28"), url: url, page: brookings).isEmpty)
    #expect(check.findings(for: note("2024-08-30"), url: url, page: brookings).count == 1)
    // 20:00 UTC on the 20th is the 21st in Beijing: both days are fair.
    let microsoft = page("2024-09-20T20:00:00Z", .articlePublishedTime)
    #expect(check.findings(for: note("2024-09-21"), url: url, page: microsoft).isEmpty)
    #expect(check.findings(for: note("2024-09-19"), url: url, page: microsoft).count == 1)
    // 07:00 in Beijing on the 4th is still the 3rd in UTC.
    let xinhua = page("2024-12-04T07:00:00+08:00", .jsonLDDatePublished)
    #expect(check.findings(for: note("2024-12-03"), url: url, page: xinhua).isEmpty)
    // Without an offset there is no allowance: the date is as written.
    let naive = page("2024-12-04 07:00", .firstPublishedTime)
    #expect(check.findings(for: note("2024-12-03"), url: url, page: naive).count == 1)
}

@Test func mismatchMessageShowsTheOffsetReading() throws {
    let f = try #require(check.findings(for: note("2024-08-31"), url: url, page: page("2024-08-28T22:00:00-04:00", .articlePublishedTime)).first)
    #expect(f.message.contains("2024-08-28T22:00-04:00 (article:published_time)"))
    #expect(f.message.contains("2024-08-28 and 2024-08-29"))
    #expect(f.suggestion == "2024-08-28")
}

@Test func noDateOnEitherSideRaisesNothing() {
    #expect(check.findings(for: note(nil), url: url, page: page("2024-01-01", .citationDate)).isEmpty)
    #expect(check.findings(for: note("2024-01-01"), url: url, page: PageEvidence()).isEmpty)
}

@Test func citingTheUpdatedVersionIsNotAMismatch() {
    let e = page("2024-02-26", .citationPublicationDate, modified: "2024-06-11T12:00:00-04:00")
    #expect(check.findings(for: note("2024-06-11"), url: url, page: e).isEmpty)
}

@Test func pdfCreatedSomeDaysAfterTheCitedDateAgrees() {
    // A resolution adopted on 1 July and printed to PDF on 8 July.
    #expect(check.findings(for: note("2024-07-01"), url: url, page: page("D:20240708101500-04'00'", .pdfCreationDate)).isEmpty)
    #expect(check.findings(for: note("2024-07-01"), url: url, page: page("D:20240601", .pdfCreationDate)).first?.severity == .warning)
    #expect(check.findings(for: note("2024-01-01"), url: url, page: page("D:20240708", .pdfCreationDate)).count == 1)
}

@Test func softNotFoundPagesAreLeftToTheDeadLinkCheck() {
    var e = page("2020-01-01", .citationDate)
    e.notFound = "the page's title says \"404\""
    #expect(check.findings(for: note("2024-01-01"), url: url, page: e).isEmpty)
}

@Test func extractedFixturePagesAgainstTheirSeedNotes() throws {
    func evidence(_ name: String, _ url: String) throws -> PageEvidence {
        try #require(PageEvidenceExtractor.extract(body: try Fixtures.evidence(name), contentType: "text/html", headers: [], url: url))
    }
    let brookings = try evidence("brookings-timezone.html", "https://www.brookings.edu/articles/the-good-the-not-so-good-and-the-ugly-of-the-uns-blueprint-for-ai/")
    #expect(check.findings(for: note("2024-08-29"), url: url, page: brookings).isEmpty)
    let au = try evidence("month-only-au.html", "https://au.int/en/documents/african-digital-compact")
    #expect(check.findings(for: note("2024-07"), url: url, page: au).isEmpty)
    let rand = try evidence("highwire-rand.html", "https://www.rand.org/pubs/external_publications/EP70620.html")
    #expect(check.findings(for: note("2024-09-11"), url: url, page: rand).isEmpty)
    #expect(check.findings(for: note("2024-09-21"), url: url, page: rand).first?.severity == .error)
    let noDate = try evidence("no-title.html", "https://openai.com/index/announcing-the-stargate-project/")
    #expect(check.findings(for: note("2025-01-21"), url: url, page: noDate).isEmpty)
}

/// The seed paper's own notes against fixture copies of the pages they cite: all dated correctly.
@Test func seedNotesAgreeWithTheirPages() throws {
    let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
    for (file, url) in Fixtures.seedPages {
        let reference = try #require(parsed.references.first { $0.urls.contains(url) }, "\(url)")
        let page = try #require(PageEvidenceExtractor.extract(body: try Fixtures.evidence(file), contentType: "text/html", headers: [], url: url))
        #expect(page.published != nil, "\(file)")
        #expect(check.findings(for: reference, url: url, page: page).isEmpty, "\(file): \(reference.date?.description ?? "-")")
        // Plant a wrong date forty days later: now it is reported.
        var planted = reference
        planted.date = PartialDate(dayNumber: page.published!.date.latestDayNumber + 40)
        #expect(check.findings(for: planted, url: url, page: page).count == 1, "\(file)")
    }
}

@Test func pageThatContradictsItself() throws {
    let url = "https://www.brookings.edu/articles/should-the-un-govern-global-ai/"
    let e = try #require(PageEvidenceExtractor.extract(body: try Fixtures.evidence("conflicting-dates.html"), contentType: nil, headers: [], url: url))
    // citation_publication_date says the 26th, JSON-LD the 25th (in New York): either is fine.
    #expect(check.findings(for: note("2024-02-26"), url: url, page: e).isEmpty)
    #expect(check.findings(for: note("2024-02-25"), url: url, page: e).isEmpty)
    // DC.date says 1 March; the strong sources disagree with it, so a warning quoting both.
    let f = try #require(check.findings(for: note("2024-03-01"), url: url, page: e).first)
    #expect(f.severity == .warning)
    #expect(f.message.contains("the page says 2024-02-26 (citation_publication_date); it also says 2024-03-01 (DC.date)"))
    // A date the page never gives is an error.
    #expect(check.findings(for: note("2024-04-01"), url: url, page: e).first?.severity == .error)
}

/// An evening article in New York whose CMS writes its timestamp in UTC, as the site serves it.
private func utcEveningPage(url: String, extra: String = "", byline: String = "") throws -> PageEvidence {
    let html = """
    <!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Council votes on AI rules | Example Post</title>
    <meta property="og:type" content="article"><meta property="article:published_time" content="2023-11-09T03:28Z">
    \(extra)</head><body><nav class="menu"><a href="/">Home</a> <time datetime="2023-11-30">Nov 30</time></nav>
    <article><h1>Council votes on AI rules</h1><p class="byline">By Staff <span class="timestamp">\(byline)</span></p>
    <p>The council met on Wednesday evening to discuss the proposed framework.</p></article>
    <footer>&copy; 2009&ndash;2024 Example Post</footer></body></html>
    """
    return try #require(PageEvidenceExtractor.extract(body: Array(html.utf8), contentType: "text/html", headers: [], url: url))
}

@Test func utcTimestampADayAfterTheSitesOwnURLDayRaisesNothing() throws {
    let page = try utcEveningPage(url: "https://www.examplepost.com/2023/11/08/council-votes-on-ai-rules/")
    #expect(page.published?.date.description == "2023-11-08")
    #expect(page.dates.contains { $0.source == .articlePublishedTime && $0.description == "2023-11-09T03:28Z" })
    #expect(check.findings(for: note("2023-11-08"), url: url, page: page).isEmpty)
    // The UTC day is a fair reading too.
    #expect(check.findings(for: note("2023-11-09"), url: url, page: page).isEmpty)
}

@Test func utcTimestampReadInTheBylinesLocalDayOrThePagesOwnOffset() throws {
    let byline = try utcEveningPage(url: "https://www.examplepost.com/news/council-votes-4411", byline: "November 8, 2023 at 10:28 p.m. EST")
    #expect(byline.published?.source == .visibleText)
    #expect(check.findings(for: note("2023-11-08"), url: url, page: byline).isEmpty)
    let ld = #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-11-08T22:28:00-05:00"}</script>"#
    let offset = try utcEveningPage(url: "https://www.examplepost.com/news/council-votes-4411", extra: ld)
    #expect(offset.published?.description == "2023-11-08T22:28-05:00")
    #expect(check.findings(for: note("2023-11-08"), url: url, page: offset).isEmpty)
}

@Test func aUTCStampAlsoStandsForItsDayInAnOffsetThePageUsesElsewhere() throws {
    var page = page("2023-11-09T03:28Z", .articlePublishedTime)
    page.dates = [page.published!, PageDate(date: PartialDate(iso: "2023-11-10")!, minuteOfDay: 600, offsetMinutes: -300, source: .articleModifiedTime)]
    #expect(check.findings(for: note("2023-11-08"), url: url, page: page).isEmpty)
    let f = try #require(check.findings(for: note("2023-11-06"), url: url, page: page).first)
    #expect(f.message.contains("in the page's own offset -05:00 it is 2023-11-08"))
}

@Test func aRealMismatchStillRaisesWithTheEvidenceUsed() throws {
    let page = try utcEveningPage(url: "https://www.examplepost.com/2023/11/08/council-votes-on-ai-rules/")
    let f = try #require(check.findings(for: note("2023-10-02"), url: url, page: page).first)
    #expect(f.kind == .dateMismatch)
    #expect(f.message.contains("2023-11-08 (URL path)"))
    // Its strong article:published_time disagrees as well: an error, not a warning.
    #expect(f.severity == .error)
    #expect(f.suggestion == "2023-11-08")
}

import Foundation
import Testing
@testable import CiteCheck

private func outcome(_ status: Int, _ body: String, _ headers: [(String, String)] = []) -> FetchOutcome {
    FetchOutcome(url: "https://example.org/", httpStatus: status,
                 headers: headers.map { HTTPHeader(name: $0.0, value: $0.1) }, body: Data(body.utf8))
}

@Test func cloudflareChallengesAreRecognised() {
    let detector = BotChallengeDetector()
    #expect(detector.detect(outcome(403, "", [("Server", "cloudflare")])) != nil)
    #expect(detector.detect(outcome(503, "<title>Just a moment...</title>")) != nil)
    #expect(detector.detect(outcome(200, "<script src=/cdn-cgi/challenge-platform/h/b/orchestrate>")) != nil)
}

@Test func weakMarkersCountOnlyOnRefusals() {
    let detector = BotChallengeDetector()
    let form = "<html><title>Contact</title><div class=captcha></div>" + String(repeating: "text ", count: 3000)
    #expect(detector.detect(outcome(200, form)) == nil)
    #expect(detector.detect(outcome(403, "<h1>Access Denied</h1> Reference #18.2f")) != nil)
    // A plain 403 carries no marker: it is not a challenge.
    #expect(detector.detect(outcome(403, "<h1>Forbidden</h1>")) == nil)
    // Cloudflare's server header on an ordinary 200 page is just hosting.
    #expect(detector.detect(outcome(200, "<title>News</title>" + String(repeating: "x", count: 9000), [("Server", "cloudflare")])) == nil)
}

@Test func javaScriptInterstitialsOnlyWhenThePageIsNearlyEmpty() {
    let detector = BotChallengeDetector()
    #expect(detector.detect(outcome(200, "<noscript>Please enable JavaScript to continue.</noscript>")) != nil)
    let realPage = "<noscript>Please enable JavaScript</noscript><article>" + String(repeating: "Report text. ", count: 1000) + "</article>"
    #expect(detector.detect(outcome(200, realPage)) == nil)
}

@Test func theFirstListedChallengeNamesThePage() {
    // Two markers on one page: the earlier one in the list names it, wherever it stands in the body.
    let page = "<p>Verify you are human</p><div id=cf-browser-verification></div>"
    #expect(BotChallengeDetector().detect(outcome(200, page)) == "Cloudflare challenge")
    // Markers that overlap or end the body are still found.
    let markers = MarkerSet(["captcha", "captcha-delivery.com", "ha"])
    #expect(markers.occurrences(in: LowercasedBytes(Data("x CAPTCHA-DELIVERY.COM".utf8))) == [true, true, true])
    #expect(markers.occurrences(in: LowercasedBytes(Data("captch".utf8))) == [false, false, false])
}

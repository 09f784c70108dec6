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

@Test func incapsulaChallengesStillAreRecognised() {
    let detector = BotChallengeDetector()
    // Imperva's interstitial: a 200 with next to no text and the resource iframe.
    let interstitial = #"<html><head><meta name="robots" content="noindex,nofollow"><script src="/_Incapsula_Resource?SWJIYLWA=5074a744e2e3d891814e9a2dace20bd4,719d34d31c8e3a6e6fffd425f7e032f3"></script></head><body><iframe style="display:none;visibility:hidden;" src="//content.incapsula.com/jsTest.html" id="gaIframe"></iframe></body></html>"#
    #expect(detector.detect(outcome(200, interstitial)) == "Imperva Incapsula")
    // Its refusal: a 403 carrying Imperva's x-iinfo header, whatever the body.
    #expect(detector.detect(outcome(403, "<html><body>Request unsuccessful. Incapsula incident ID: 1234</body></html>", [("X-Iinfo", "5-123-0 NNNN")])) == "Imperva Incapsula")
    #expect(detector.detect(outcome(403, interstitial)) == "Imperva Incapsula")
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

@Test func anArticleThatOnlyLoadsABotProtectionScriptIsNotAChallenge() {
    let article = """
    <!DOCTYPE html><html><head><title>What the AI Act means for insurers | Example Insurance</title>
    <meta property="article:published_time" content="2024-03-14T14:00:00+00:00"></head><body>
    <nav><a href="/">Home</a></nav><main><article><h1>What the AI Act means for insurers</h1><p class="date">March 14, 2024</p>
    <p>The committee met on Tuesday to discuss the proposed framework for artificial intelligence oversight. Officials said
    the measure would take effect after a public consultation period.</p>
    <p>Critics argue that the rules leave too much discretion to national regulators. The report draws on interviews with
    more than forty researchers and policy makers, and several member states have already announced dedicated agencies.</p>
    </article></main>
    """
    let detector = BotChallengeDetector()
    let incapsula = article + #"<script src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3&ns=1&cb=1789645220" async></script></body></html>"#
    let cloudflare = article + #"<script>(function(){var s=document.createElement('script');s.src='/cdn-cgi/challenge-platform/h/b/scripts/jsd/1a2b3c/main.js';document.head.appendChild(s)})();</script></body></html>"#
    #expect(detector.detect(outcome(200, incapsula)) == nil)
    #expect(detector.detect(outcome(200, cloudflare)) == nil)
    // The same script on a refusal, or on a page with no article text, is still a challenge.
    #expect(detector.detect(outcome(403, incapsula)) == "Imperva Incapsula")
    #expect(detector.detect(outcome(200, #"<html><head><title>example.com</title><script src="/_Incapsula_Resource?SWJIYLWA=1"></script></head><body><iframe src="/_Incapsula_Resource?CWUDNSAI=2"></iframe></body></html>"#)) == "Imperva Incapsula")
    #expect(detector.detect(outcome(200, "<html><head><title>Just a moment...</title></head><body>" + String(repeating: "Checking your browser. ", count: 40) + "</body></html>")) == "Cloudflare challenge")
}

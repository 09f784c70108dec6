import Foundation

/// Recognises bot protection and challenge pages (Cloudflare, Akamai, Imperva, DataDome,
/// PerimeterX, Sucuri, CAPTCHA walls, "enable JavaScript" interstitials) from headers and the
/// start of the body. Returns the name of what it recognised, as evidence for the message.
public struct BotChallengeDetector: Sendable {
    public init() {}

    /// Markers strong enough to call a page a challenge whatever its status.
    static let challengeMarkers: [(String, String)] = [
        ("<title>just a moment...</title>", "Cloudflare challenge"),
        ("cf-browser-verification", "Cloudflare challenge"),
        ("cf_chl_", "Cloudflare challenge"),
        ("challenge-platform", "Cloudflare challenge"),
        ("attention required! | cloudflare", "Cloudflare block page"),
        ("checking your browser before accessing", "browser check"),
        ("_incapsula_resource", "Imperva Incapsula"),
        ("captcha-delivery.com", "DataDome CAPTCHA"),
        ("px-captcha", "PerimeterX CAPTCHA"),
        ("sucuri website firewall", "Sucuri firewall"),
        ("ddos protection by", "DDoS protection page"),
        ("verify you are human", "human verification"),
        ("are you a robot", "robot check"),
    ]

    /// Weaker markers: they count only on a 403/429/503 answer.
    static let refusalMarkers: [(String, String)] = [
        ("captcha", "CAPTCHA"),
        ("access denied", "access-denied page"),
        ("request blocked", "block page"),
        ("bot detection", "bot detection"),
    ]

    static let javaScriptMarkers = [
        "enable javascript", "javascript is disabled", "javascript is required", "requires javascript",
        "turn on javascript", "javascript must be enabled", "please enable js", "enable cookies and javascript",
    ]

    /// What kind of challenge `outcome` shows, or nil if it looks like an ordinary answer.
    public func detect(_ outcome: FetchOutcome) -> String? {
        let status = outcome.httpStatus ?? 0
        let refusal = status == 403 || status == 429 || status == 503
        if refusal, let vendor = headerVendor(outcome) { return vendor }
        let text = LowercasedBytes(outcome.body.prefix(64 * 1024))
        for (marker, name) in Self.challengeMarkers where text.contains(marker) { return name }
        if refusal {
            for (marker, name) in Self.refusalMarkers where text.contains(marker) { return name }
        }
        // A page that is little more than "please enable JavaScript" is an interstitial; a real
        // page that merely carries such a <noscript> line has plenty of other text.
        if outcome.body.count < 8 * 1024, Self.javaScriptMarkers.contains(where: { text.contains($0) }) {
            return "\"enable JavaScript\" interstitial"
        }
        return nil
    }

    private func headerVendor(_ outcome: FetchOutcome) -> String? {
        if outcome.header("cf-mitigated") != nil { return "Cloudflare challenge" }
        let server = outcome.header("server")?.lowercased() ?? ""
        if server.contains("cloudflare") || outcome.header("cf-ray") != nil { return "Cloudflare" }
        if server.contains("akamaighost") { return "Akamai" }
        if outcome.header("x-datadome") != nil || server.contains("datadome") { return "DataDome" }
        if outcome.header("x-sucuri-id") != nil { return "Sucuri" }
        if outcome.header("x-iinfo") != nil { return "Imperva Incapsula" }
        return nil
    }
}

/// A body's bytes with ASCII letters lowercased, searched bytewise: every marker is ASCII, and
/// this runs once per fetched page, so it must cost microseconds, not a Foundation string search.
struct LowercasedBytes {
    private var bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
    }

    func contains(_ marker: String) -> Bool {
        let needle = Array(marker.utf8)
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        return bytes.withUnsafeBufferPointer { hay in
            var i = 0
            let last = hay.count - needle.count
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}

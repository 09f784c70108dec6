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
        ("<title>pardon our interruption</title>", "Imperva challenge"),
        ("<title>security check</title>", "security check"),
    ]

    /// The challenge markers that are page titles: they name a challenge whatever else the page holds.
    static let titleMarkers = Set(challengeMarkers.indices.filter {
        challengeMarkers[$0].0.hasPrefix("<title>") || challengeMarkers[$0].0.hasSuffix("| cloudflare")
    })
    /// Visible characters (not counting spaces) above which a page with a challenge script is an article, not an interstitial: Cloudflare's and Imperva's interstitials show under 200.
    static let articleText = 400

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

    /// Every marker above, searched for in one pass over the body.
    static let markers = MarkerSet(challengeMarkers.map(\.0) + refusalMarkers.map(\.0) + javaScriptMarkers)

    /// What kind of challenge `outcome` shows, or nil if it looks like an ordinary answer.
    public func detect(_ outcome: FetchOutcome) -> String? {
        let status = outcome.httpStatus ?? 0
        let refusal = status == 403 || status == 429 || status == 503
        if refusal, let vendor = headerVendor(outcome) { return vendor }
        let found = Self.markers.occurrences(in: LowercasedBytes(outcome.body.prefix(64 * 1024)))
        let challenges = Self.challengeMarkers.count
        if let i = Self.challengeMarkers.indices.first(where: { found[$0] }) {
            // A challenge title, a refusal, or a page with next to no text is a challenge. An
            // ordinary answer with a real article merely includes a bot-protection script.
            if refusal || Self.titleMarkers.contains(i) || VisibleTextMeasure.count([UInt8](outcome.body)) < Self.articleText {
                return Self.challengeMarkers[i].1
            }
        }
        if refusal, let i = Self.refusalMarkers.indices.first(where: { found[challenges + $0] }) {
            return Self.refusalMarkers[i].1
        }
        // A page that is little more than "please enable JavaScript" is an interstitial; a real
        // page that merely carries such a <noscript> line has plenty of other text.
        let scripts = challenges + Self.refusalMarkers.count
        if outcome.body.count < 8 * 1024, Self.javaScriptMarkers.indices.contains(where: { found[scripts + $0] }) {
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

/// A body's bytes with ASCII letters lowercased: every marker is ASCII.
struct LowercasedBytes {
    fileprivate(set) var bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
    }

}

/// Lower-case ASCII markers found in one pass: at each byte only the markers that begin with it
/// are compared. This runs on the fetch thread for every answer; twenty-five separate searches
/// of each body were 7% of a 2,000-link check's CPU.
struct MarkerSet: Sendable {
    /// Every needle's bytes, one after another; needle i is bytes[starts[i]..<starts[i + 1]].
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The needles that begin with each byte value: candidates[first[b]..<first[b + 1]]. Flat
    /// arrays read through buffer pointers, so the scan retains nothing per byte.
    private let candidates: [Int]
    private let first: [Int]

    init(_ markers: [String]) {
        let needles = markers.map { Array($0.utf8) }
        bytes = needles.flatMap { $0 }
        starts = needles.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var byByte = Array(repeating: [Int](), count: 256)
        for (i, needle) in needles.enumerated() { if let b = needle.first { byByte[Int(b)].append(i) } }
        candidates = byByte.flatMap { $0 }
        first = byByte.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }

    /// `found[i]` tells whether marker i occurs.
    func occurrences(in text: LowercasedBytes) -> [Bool] {
        var found = Array(repeating: false, count: starts.count - 1)
        text.bytes.withUnsafeBufferPointer { hay in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    candidates.withUnsafeBufferPointer { candidates in
                        first.withUnsafeBufferPointer { first in
                            for i in 0..<hay.count {
                                let b = Int(hay[i])
                                for c in first[b]..<first[b + 1] {
                                    let n = candidates[c]
                                    let start = starts[n], count = starts[n + 1] - start
                                    guard !found[n], i + count <= hay.count else { continue }
                                    var k = 1
                                    while k < count && hay[i + k] == bytes[start + k] { k += 1 }
                                    if k == count { found[n] = true }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }
}

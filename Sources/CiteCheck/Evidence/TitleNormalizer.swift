import Foundation
import Synchronization

/// Puts titles in a form where equal titles compare equal: width-folded (full-width Ａ and ，
/// become A and ,), case-folded, punctuation dropped, and with site names ("| RAND",
/// "_中华人民共和国外交部") removable.
public enum TitleNormalizer: Sendable {
    /// NFKC, traditional Chinese as simplified, lower case, every non-letter non-digit a space,
    /// runs of spaces collapsed.
    public static func normalize(_ title: String) -> String {
        memo(title, in: cache, computeNormalized)
    }

    /// The cached value for `key`, computed once. The keys are the titles of one audit; a bound
    /// keeps a long batch from growing a cache without end.
    private static func memo<Value: Sendable>(_ key: String, in cache: borrowing Mutex<[String: Value]>,
                                              _ compute: (String) -> Value) -> Value {
        if let known = cache.withLock({ $0[key] }) { return known }
        let value = compute(key)
        cache.withLock { entries in
            if entries.count > 50_000 { entries.removeAll() }
            entries[key] = value
        }
        return value
    }

    /// The checks normalise the same cited and page titles many times over, and the ICU transform
    /// behind it is slow: each title is normalised once.
    private static let cache = Mutex<[String: String]>([:])

    private static func computeNormalized(_ title: String) -> String {
        var folded = title.precomposedStringWithCompatibilityMapping.lowercased()
        // A note in simplified characters may cite a page in traditional ones (Taiwan, Hong Kong).
        if folded.unicodeScalars.contains(where: \.isCJK),
           let simplified = folded.applyingTransform(StringTransform(rawValue: "Hant-Hans"), reverse: false) {
            folded = simplified
        }
        var out = ""
        out.unicodeScalars.reserveCapacity(folded.unicodeScalars.count)
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.unicodeScalars.append(" ")
                lastWasSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Comparison tokens: other scripts word by word; Chinese, Japanese and Korean by characters,
    /// taken in overlapping pairs ("人工智能" → 人工 工智 智能) so that shared stock words such as
    /// 人工智能 or 的声明 do not make two different titles look alike. A lone character stays single.
    public static func tokens(_ title: String) -> [String] {
        memo(title, in: tokenCache, computeTokens)
    }

    /// A note's container ("联合国网站", "RAND") is compared with every page it cites, so the same
    /// strings are tokenised again and again: a third of the title check's time before this cache.
    private static let tokenCache = Mutex<[String: [String]]>([:])

    private static func computeTokens(_ title: String) -> [String] {
        // Works on scalars: grapheme breaking is the slow part on long page texts, and NFKC output
        // has no combining sequences that matter here.
        var tokens: [String] = []
        var latin = String.UnicodeScalarView()
        var previousCJK: Unicode.Scalar?
        var runLength = 0
        func flushLatin() {
            if !latin.isEmpty { tokens.append(String(latin)); latin = String.UnicodeScalarView() }
        }
        func endRun() {
            if runLength == 1, let previousCJK { tokens.append(String(Character(previousCJK))) }
            previousCJK = nil
            runLength = 0
        }
        for scalar in normalize(title).unicodeScalars {
            if scalar == " " {
                flushLatin()
                endRun()
            } else if scalar.isCJK {
                flushLatin()
                if let previousCJK {
                    var pair = String.UnicodeScalarView()
                    pair.append(previousCJK)
                    pair.append(scalar)
                    tokens.append(String(pair))
                }
                previousCJK = scalar
                runLength += 1
            } else {
                endRun()
                latin.append(scalar)
            }
        }
        flushLatin()
        endRun()
        return tokens
    }

    /// "zh" when the text is mostly Chinese characters ("ja" when it has kana, "ko" hangul),
    /// "en" when it is mostly Latin letters.
    public static func language(_ text: String) -> String? {
        var han = 0
        var latin = 0
        var kana = 0
        var hangul = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7AF: hangul += 1
            default: if scalar.isCJK { han += 1 } else if scalar.isASCII { latin += 1 }
            }
        }
        if kana > 0 && (han + kana) * 3 >= latin { return "ja" }
        if hangul > 0 && (han + hangul) * 3 >= latin { return "ko" }
        if han >= 2 && han * 3 >= latin { return "zh" }
        if latin >= 3 { return "en" }
        return nil
    }

    /// The title and every version of it with site segments cut from either end:
    /// "A | B | RAND" gives "A | B | RAND", "A | B", "A", "B | RAND", "RAND", ….
    public static func candidates(_ title: String) -> [String] {
        let segments = split(title)
        guard segments.count > 1 else { return [title.trimmed] }
        var result: [String] = []
        for start in 0..<segments.count {
            for end in (start + 1)...segments.count {
                let text = segments[start..<end].joined(separator: " ")
                if !result.contains(text) { result.append(text) }
            }
        }
        return result
    }

    /// The longest candidate once known site names are cut: what the page calls the work itself.
    public static func strippingSiteName(_ title: String) -> String {
        let segments = split(title)
        guard segments.count > 1 else { return title.trimmed }
        return segments.max(by: { $0.count < $1.count }) ?? title.trimmed
    }

    private static let separators = [" | ", "|", "｜", " - ", " – ", " — ", " -- ", "——", "_", " :: ", " · ", " • ", " » "]

    /// Splits at site-name separators. A bare "-" or "—" counts only next to Chinese text, where
    /// sites write "标题-新华网"; in English it is usually part of the title.
    static func split(_ title: String) -> [String] {
        var text = title
        for sep in separators where text.has(sep) { text = text.replacingOccurrences(of: sep, with: "\u{1}") }
        var chars = Array(text)
        for i in chars.indices where chars[i] == "-" || chars[i] == "—" {
            let before = i > 0 ? chars[i - 1] : " "
            let after = i + 1 < chars.count ? chars[i + 1] : " "
            if before.isCJK || after.isCJK { chars[i] = "\u{1}" }
        }
        text = String(chars)
        return text.split(separator: "\u{1}").map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    private static let genericTitles: Set<String> = [
        "home", "home page", "homepage", "index", "welcome", "untitled", "untitled document", "document",
        "news", "article", "page", "pdf", "default", "首页", "主页", "网站首页", "新闻", "正文", "无标题", "无标题文档",
    ]

    /// True for a title that names only the site (or nothing): "Home", "RAND", "首页", a title made
    /// of the host's own labels or their initials, the citation's own container ("联合国网站"), or a
    /// document code ("N2408782").
    public static func isGeneric(_ title: String, url: String?, container: String?) -> Bool {
        let norm = normalize(title)
        if norm.isEmpty || genericTitles.contains(norm) { return true }
        let words = norm.split(separator: " ").map(String.init)
        // A document symbol or job number ("N2408782", "A/78/L.49", the Title UN PDFs carry) names
        // the file, not the work: no Chinese, and no word of two or more letters.
        if !norm.unicodeScalars.contains(where: \.isCJK),
           !words.contains(where: { $0.count >= 2 && $0.unicodeScalars.allSatisfy(\.properties.isAlphabetic) }) {
            return true
        }
        if let url, let host = URLParts(url)?.host.nilIfEmpty {
            let labels = Set(host.split(separator: ".").map(String.init)).subtracting(["www", "com", "org", "net", "gov", "int", "edu", "cn"])
            let initials = String(words.compactMap(\.first))
            let squashed = words.joined()
            if words.allSatisfy(labels.contains) || (words.count > 1 && labels.contains(initials)) || labels.contains(squashed) {
                return true
            }
        }
        if let container {
            // Foundation's replacing only when there is something to replace: this runs per page.
            var named = container
            if named.has("网站") { named = named.replacingOccurrences(of: "网站", with: "") }
            if named.hasIgnoringASCIICase("website") {
                named = named.replacingOccurrences(of: "website", with: "", options: .caseInsensitive)
            }
            let site = normalize(named)
            // "中华人民共和国外交部" for a note citing "中国外交部网站".
            if !site.isEmpty, site == norm || similarity(site, norm) >= 0.6 { return true }
        }
        return false
    }

    /// How alike two titles are, 0…1: the better of the Dice coefficient and the share of the
    /// shorter title found in the longer, over character pairs for Chinese and words otherwise.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let ta = tokens(a)
        let tb = tokens(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in ta { counts[t, default: 0] += 1 }
        var overlap = 0
        for t in tb where (counts[t] ?? 0) > 0 {
            counts[t]! -= 1
            overlap += 1
        }
        return score(overlap: overlap, citedCount: ta.count, candidateCount: tb.count)
    }

    /// The best similarity between the cited title and any site-stripped form of the page's title:
    /// the same value as `similarity(cited, c)` over every `candidates(page)`, without building
    /// them. A page chooses its title, so the cost must not grow faster than its segments times
    /// its tokens (a title of 400 words with a separator between each took 43 s and 471 MB when
    /// every candidate was joined, tokenised and cached). Each segment is tokenised once, and for
    /// each first segment the overlap grows token by token as later segments join.
    public static func bestSimilarity(cited: String, page: String) -> Double {
        let citedTokens = tokens(cited)
        let page = page.count > Limits.titleCharacters ? String(page.prefix(Limits.titleCharacters)) : page
        let segments = split(page)
        guard segments.count > 1 else { return similarity(cited, page.trimmed) }
        guard !citedTokens.isEmpty else { return 0 }
        var wanted: [String: Int] = [:]
        for t in citedTokens { wanted[t, default: 0] += 1 }
        // Uncached: segments are this page's own, and caching them let one page fill the cache.
        let segmentTokens = segments.map(computeTokens)
        var best = 0.0
        for start in segmentTokens.indices {
            var remaining = wanted
            var overlap = 0, length = 0
            for end in start..<segmentTokens.count {
                for t in segmentTokens[end] {
                    length += 1
                    if let n = remaining[t], n > 0 {
                        remaining[t] = n - 1
                        overlap += 1
                    }
                }
                guard length > 0 else { continue }
                best = max(best, score(overlap: overlap, citedCount: citedTokens.count, candidateCount: length))
            }
        }
        return best
    }

    /// The better of the Dice coefficient and 0.9 × the share of the shorter title found in the longer.
    static func score(overlap: Int, citedCount: Int, candidateCount: Int) -> Double {
        let dice = 2 * Double(overlap) / Double(citedCount + candidateCount)
        let shorter = min(citedCount, candidateCount)
        // Containment only counts for titles long enough that a shared part is not a coincidence.
        let containment = shorter >= 4 ? Double(overlap) / Double(shorter) : 0
        return max(dice, containment * 0.9)
    }
}

extension Character {
    /// Han ideographs, kana and hangul: scripts compared character by character.
    var isCJK: Bool { unicodeScalars.first?.isCJK ?? false }
}

extension Unicode.Scalar {
    var isCJK: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FA1F).contains(v)
            || (0x3040...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v)
    }
}

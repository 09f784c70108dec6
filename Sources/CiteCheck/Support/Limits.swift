/// Every bound CiteCheck puts on its inputs, its flags and what servers send, in one place
/// (docs/limits.md lists them with their messages). A bound exists so that no paper, flag or
/// server can make a run hang, crash or eat the machine's memory; each is far above what an
/// honest input needs.
public enum Limits {
    // MARK: inputs

    /// Bytes of a text-format paper (plain text, Markdown, XML, HTML, BibTeX, CSL-JSON, RIS).
    public static let textBytes = 32 * 1_048_576
    /// Bytes of a Word file or PDF on disk (they carry figures).
    public static let containerBytes = 100 * 1_048_576
    /// Bytes one part of a Word file may inflate to.
    public static let docxPartBytes = 20 * 1_048_576
    /// Bytes of text pdftotext may produce for one PDF, and the seconds it may take.
    public static let pdfTextBytes = 32 * 1_048_576
    public static let pdfTextSeconds: Double = 120
    /// Entries (notes) in one paper or bibliography file: a paper cites hundreds, a large library
    /// thousands. Each entry costs a few kilobytes through the audit, so 300,000 took 1.1 GB.
    public static let entriesPerFile = 50_000

    /// The error past the entries limit (`--max-entries`), raised before the entries are parsed.
    public static func checkEntries(_ count: Int, _ what: String, file: String, limit: Int = entriesPerFile) throws {
        guard count > limit else { return }
        throw CiteCheckError(.input, file: file,
            "\(count) \(what); the limit is \(limit) per file (a paper cites far fewer: split the library, or raise --max-entries)")
    }

    /// The error for a paper over its byte limit (`--max-input`).
    public static func tooLarge(_ size: Int, limit: Int, file: String) -> CiteCheckError {
        CiteCheckError(.input, file: file,
            "file is too large (\(sizeText(size)); the limit is \(sizeText(limit)): raise it with --max-input)")
    }

    /// "32 MB", "512 KB", "100 bytes", rounded down.
    public static func sizeText(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : bytes >= 1_024 ? "\(bytes / 1_024) KB" : "\(bytes) bytes"
    }

    /// The most `--max-input` accepts, and the range of `--max-entries`.
    public static let maxInputBytes = 1_073_741_824
    public static let maxEntries = Range("--max-entries", 1...10_000_000)

    /// "64M", "2G", "100000" as bytes for `--max-input`; nil for anything else, zero, or past `maxInputBytes`.
    public static func inputByteCount(_ text: String) -> Int? {
        let upper = text.uppercased()
        let multiplier = upper.hasSuffix("K") ? 1_024 : upper.hasSuffix("M") ? 1_048_576 : upper.hasSuffix("G") ? 1_073_741_824 : 1
        let digits = multiplier == 1 ? upper : String(upper.dropLast())
        guard digits.allSatisfy(\.isASCII), let n = Int(digits), n > 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: multiplier)
        return overflow || bytes > maxInputBytes ? nil : bytes
    }

    /// Element nesting kept from XML and HTML inputs.
    public static let markupDepth = 256

    // MARK: pages and servers

    /// Bytes of a response body (`--max-body`, default 4M) and the most `--max-body` accepts.
    public static let bodyBytes = 4 * 1_048_576
    public static let maxBodyBytes = 1_024 * 1_048_576
    /// Bytes of an HTML body parsed for page evidence: a page states its title, dates and DOI near
    /// the top, and libxml2's tree costs many times the bytes it holds (a 64 MB page peaked at 1.9 GB).
    public static let pageParseBytes = 8 * 1_048_576
    /// `<meta>`, `<link>` and JSON-LD `<script>` elements read from one page; the rest are skipped
    /// (a page with a million meta tags must not cost a million lookups per date source).
    public static let pageMetaTags = 1_000
    public static let pageLinkTags = 1_000
    public static let pageJSONLDScripts = 50
    /// Characters of a page's title compared with a note's title; the rest of a longer title is
    /// not compared (a title is a line, not a page).
    public static let titleCharacters = 1_000
    /// The longest wait a server can impose through Retry-After or its rate-limit headers, in seconds.
    public static let serverWaitSeconds: Double = 30

    // MARK: numeric flags

    /// A numeric flag's accepted range, with the flag's name for the usage error.
    public struct Range: Sendable {
        public let flag: String
        public let bounds: ClosedRange<Int>
        public let unit: String
        /// The value must be more than the lower bound, not equal to it (a timeout of 0 s never waits).
        public let aboveLower: Bool

        public init(_ flag: String, _ bounds: ClosedRange<Int>, unit: String = "", aboveLower: Bool = false) {
            self.flag = flag
            self.bounds = bounds
            self.unit = unit
            self.aboveLower = aboveLower
        }

        /// nil when `value` is in range, otherwise the one-line usage error.
        public func problem(_ value: Int) -> String? { complaint(value).map { "\(flag) \($0)" } }

        /// The same for a fractional flag: NaN and infinity are refused, as is anything out of range.
        public func problem(_ value: Double) -> String? { complaint(value).map { "\(flag) \($0)" } }

        /// What is wrong with `value`, without the flag's name ("must be between 1 and 64, got 99"),
        /// for a config-file key that takes the same values.
        public func complaint(_ value: Int) -> String? {
            let low = aboveLower ? value > bounds.lowerBound : value >= bounds.lowerBound
            return low && value <= bounds.upperBound ? nil : outOfRange("\(value)")
        }

        public func complaint(_ value: Double) -> String? {
            guard value.isFinite else { return "must be a finite number, got \(value)" }
            let low = aboveLower ? value > Double(bounds.lowerBound) : value >= Double(bounds.lowerBound)
            return low && value <= Double(bounds.upperBound) ? nil : outOfRange("\(value)")
        }

        private func outOfRange(_ value: String) -> String {
            aboveLower ? "must be more than \(bounds.lowerBound) and at most \(bounds.upperBound)\(unit), got \(value)"
                : "must be between \(bounds.lowerBound) and \(bounds.upperBound)\(unit), got \(value)"
        }
    }

    public static let concurrency = Range("--concurrency", 1...1_024)
    public static let hostConcurrency = Range("--host-concurrency", 1...64)
    public static let hostInterval = Range("--host-interval", 0...3_600_000, unit: " ms")
    public static let timeout = Range("--timeout", 0...86_400, unit: " s", aboveLower: true)
    public static let retries = Range("--retries", 0...20)
    public static let maxRedirects = Range("--max-redirects", 0...100)
    public static let accessAgeYears = Range("--access-age-years", 0...1_000)
    public static let confirmRuns = Range("--confirm-runs", 1...1_000)
    public static let confirmDays = Range("--confirm-days", 0...36_500)
    public static let archiveLimit = Range("--archive-limit", 0...100_000)
    public static let browserConcurrency = Range("--browser-concurrency", 1...64)
    public static let browserTimeout = Range("--browser-timeout", 0...86_400, unit: " s", aboveLower: true)
    public static let storeTimeout = Range("--store-timeout", 0...86_400, unit: " s")
    /// Seconds pdftotext may run (`parse`, `check`).
    public static let pdfTimeout = Range("--pdf-timeout", 0...86_400, unit: " s", aboveLower: true)
    /// The history store's lock is waited on this long by default (`--store-timeout`).
    public static let storeTimeoutDefault: Double = 60

    /// "4194304", "512K", "4M" as bytes; nil for anything else, for negative counts, and for counts
    /// that overflow or pass `maxBodyBytes`.
    public static func byteCount(_ text: String) -> Int? {
        let upper = text.uppercased()
        let multiplier = upper.hasSuffix("K") ? 1_024 : upper.hasSuffix("M") ? 1_048_576 : 1
        let digits = multiplier == 1 ? upper : String(upper.dropLast())
        guard let n = Int(digits), n >= 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: multiplier)
        return overflow || bytes > maxBodyBytes ? nil : bytes
    }

    /// A server-given number of seconds (rate-limit interval, Retry-After) made safe to wait on:
    /// NaN and negative become 0, anything else is capped at `serverWaitSeconds`.
    public static func serverWait(_ seconds: Double) -> Double {
        guard seconds > 0 else { return 0 }  // also false for NaN
        return min(seconds, serverWaitSeconds)
    }
}

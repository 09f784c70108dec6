import Foundation

/// `links[].history`: how long a link has been failing, and whether that is enough to call it dead.
public struct LinkHistory: Hashable, Sendable, Codable {
    /// When the current run of failures began (nil while the link works).
    public var firstFailed: Date?
    /// Failing checks since the last success (blocked, rate-limited and unverified not counted).
    public var failures: Int
    /// Whether the failures satisfy the confirmation rule: the link is dead, not having a bad day.
    public var confirmed: Bool

    public init(firstFailed: Date? = nil, failures: Int = 0, confirmed: Bool = false) {
        self.firstFailed = firstFailed
        self.failures = failures
        self.confirmed = confirmed
    }

    public static let clean = LinkHistory()

    enum CodingKeys: String, CodingKey { case firstFailed, failures, confirmed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try c.decodeIfPresent(String.self, forKey: .firstFailed) {
            guard let date = AuditClock.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: .firstFailed, in: c, debugDescription: "not a timestamp: \(text)")
            }
            firstFailed = date
        } else {
            firstFailed = nil
        }
        failures = try c.decode(Int.self, forKey: .failures)
        confirmed = try c.decode(Bool.self, forKey: .confirmed)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(firstFailed.map(AuditClock.iso), forKey: .firstFailed)
        try c.encode(failures, forKey: .failures)
        try c.encode(confirmed, forKey: .confirmed)
    }
}

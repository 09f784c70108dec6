import Foundation

/// `--shard K/N`: this worker's part of a run. A link belongs to the shard its registrable domain
/// hashes to, so every host is fetched by exactly one worker and per-host politeness holds across
/// workers without coordination; a DOI (and the registry look-ups about it) to the shard its
/// lowercased form hashes to. The hash is FNV-1a 64 over the UTF-8 bytes, shard = hash mod N + 1:
/// fixed here and in docs/scale.md, the same on every machine and version (not Swift's `Hasher`,
/// which is seeded per process).
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// K, from 1.
    public let index: Int
    /// N.
    public let count: Int

    public static let whole = Shard(index: 1, count: 1)

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// "K/N" with 1 ≤ K ≤ N; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The shard (1...count) a key falls in.
    public static func number(of key: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(count)) + 1
    }

    /// The key a URL is sharded by: its host's registrable domain; a URL without a host, itself.
    public static func key(url: String) -> String {
        guard let host = URLParts(url)?.host, !host.isEmpty else { return url }
        return RegistrableDomain.of(host: host)
    }

    public func owns(url: String) -> Bool { count == 1 || Self.number(of: Self.key(url: url), count: count) == index }

    /// `doi`: any spelling `DOI` reads; text that is not a DOI is sharded as it is.
    public func owns(doi: String) -> Bool {
        count == 1 || Self.number(of: DOI(doi)?.key ?? doi.lowercased(), count: count) == index
    }
}

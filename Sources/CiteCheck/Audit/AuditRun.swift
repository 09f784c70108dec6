/// When and how an audit ran (`run` in the JSON), so a report read weeks later says what it is:
/// the clock time, the tool, the paper file and the fetch settings that shaped the verdicts.
public struct AuditRun: Sendable, Hashable, Codable {
    /// The tool and its version, e.g. "citecheck 0.1".
    public var tool: String
    /// When the audit started, ISO 8601 in UTC ("2026-11-30T06:00:00Z"), or null when unknown.
    public var startedAt: String?
    /// Wall time of the whole audit, or null when unknown.
    public var elapsedMs: Int?
    /// The paper file as given on the command line, or null.
    public var paperFile: String?
    /// True when the network was skipped on purpose (`--offline`).
    public var offline: Bool
    public var concurrency: Int?
    public var hostConcurrency: Int?
    public var hostIntervalMs: Int?
    public var timeoutSeconds: Double?
    public var retries: Int?
    public var userAgent: String?

    public static let toolName = "citecheck 0.1"

    public init(tool: String = AuditRun.toolName, startedAt: String? = nil, elapsedMs: Int? = nil,
                paperFile: String? = nil, offline: Bool = false, options: FetchOptions? = nil) {
        self.tool = tool
        self.startedAt = startedAt
        self.elapsedMs = elapsedMs
        self.paperFile = paperFile
        self.offline = offline
        concurrency = options?.concurrency
        hostConcurrency = options?.hostConcurrency
        hostIntervalMs = options?.hostIntervalMs
        timeoutSeconds = options?.timeout
        retries = options?.retries
        userAgent = options?.userAgent
    }

    enum CodingKeys: String, CodingKey {
        case tool, startedAt, elapsedMs, paperFile, offline, concurrency, hostConcurrency, hostIntervalMs,
            timeoutSeconds, retries, userAgent
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tool, forKey: .tool)
        try c.encodeNullable(startedAt, forKey: .startedAt)
        try c.encodeNullable(elapsedMs, forKey: .elapsedMs)
        try c.encodeNullable(paperFile, forKey: .paperFile)
        try c.encode(offline, forKey: .offline)
        try c.encodeNullable(concurrency, forKey: .concurrency)
        try c.encodeNullable(hostConcurrency, forKey: .hostConcurrency)
        try c.encodeNullable(hostIntervalMs, forKey: .hostIntervalMs)
        try c.encodeNullable(timeoutSeconds, forKey: .timeoutSeconds)
        try c.encodeNullable(retries, forKey: .retries)
        try c.encodeNullable(userAgent, forKey: .userAgent)
    }
}

import Foundation

extension AuditRun {
    /// ISO 8601 in UTC, to the second: "2026-11-30T06:00:00Z".
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

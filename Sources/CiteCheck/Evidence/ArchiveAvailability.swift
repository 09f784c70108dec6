import Foundation

/// The Internet Archive availability API's answer
/// (`/wayback/available?url=URL&timestamp=YYYYMMDDhhmmss`): the capture closest to the timestamp,
/// under `archived_snapshots.closest`, or an empty `archived_snapshots` when there is none.
public enum ArchiveAvailability {
    private struct Answer: Decodable {
        struct Snapshots: Decodable { var closest: Closest? }
        struct Closest: Decodable {
            var available: Bool?
            var url: String?
            var timestamp: String?
            var status: String?
        }
        var archived_snapshots: Snapshots?
    }

    /// The usable snapshot in an answer, or nil when the archive has none. A capture of an error
    /// page (status not 2xx) is no replacement for the cited page, so it counts as none.
    /// Throws when the answer is not the API's JSON at all.
    public static func parse(_ data: Data) throws -> ArchiveSnapshot? {
        let answer: Answer
        do {
            answer = try JSONDecoder().decode(Answer.self, from: data)
        } catch {
            throw CiteCheckError(.input, file: nil, "archive availability answer is not the expected JSON")
        }
        guard let closest = answer.archived_snapshots?.closest,
              closest.available ?? true,
              let url = closest.url, !url.isEmpty,
              let timestamp = closest.timestamp, timestamp.count >= 8, timestamp.allSatisfy(\.isNumber)
        else { return nil }
        if let status = closest.status, let code = Int(status), !(200..<300).contains(code) { return nil }
        return ArchiveSnapshot(url: url, timestamp: timestamp)
    }
}

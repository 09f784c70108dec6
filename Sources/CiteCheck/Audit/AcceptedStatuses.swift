/// `--accept 200..=299,403`, in lychee's syntax: HTTP statuses that count as a working link.
/// A fetched link answering one of them is `ok`, whatever the classifier would have said of the
/// code alone (a site that answers robots with 403, say). Statuses outside the list keep the
/// classifier's verdict: accepting 403 never turns a 200 into a failure.
public struct AcceptedStatuses: Sendable, Hashable {
    public var ranges: [ClosedRange<Int>]

    public init(ranges: [ClosedRange<Int>] = []) { self.ranges = ranges }

    /// "200..=299,403", "200..300" (half-open, as lychee allows), "403"; spaces ignored.
    public init(parsing text: String) throws {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",") {
            let item = part.filter { !$0.isWhitespace }
            func code(_ s: Substring) throws -> Int {
                guard let n = Int(s), (100...999).contains(n) else {
                    throw CiteCheckError(.usage, file: nil, "--accept: \"\(item)\" is not an HTTP status or range such as 200..=299")
                }
                return n
            }
            if let r = item.range(of: "..=") {
                let low = try code(item[..<r.lowerBound]), high = try code(item[r.upperBound...])
                guard low <= high else { throw CiteCheckError(.usage, file: nil, "--accept: \"\(item)\" is an empty range") }
                ranges.append(low...high)
            } else if let r = item.range(of: "..") {
                let low = try code(item[..<r.lowerBound]), high = try code(item[r.upperBound...])
                guard low < high else { throw CiteCheckError(.usage, file: nil, "--accept: \"\(item)\" is an empty range") }
                ranges.append(low...(high - 1))
            } else {
                let n = try code(Substring(item))
                ranges.append(n...n)
            }
        }
        guard !ranges.isEmpty else { throw CiteCheckError(.usage, file: nil, "--accept: name at least one status") }
        self.ranges = ranges
    }

    public func contains(_ status: Int) -> Bool { ranges.contains { $0.contains(status) } }

    /// The verdict once the accepted statuses are applied to a fetched link's final answer.
    public func apply(_ verdict: LinkVerdict, httpStatus: Int?) -> LinkVerdict {
        guard let httpStatus, contains(httpStatus), verdict.status != .ok, verdict.status != .redirected else { return verdict }
        return LinkVerdict(.ok, "answered \(httpStatus), a status accepted by --accept")
    }
}

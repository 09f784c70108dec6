import Foundation

/// With CITECHECK_TRACE=1, `check` prints when each phase ends (milliseconds since the start) to
/// standard error, so a slow run can be taken apart without a profiler (docs/benchmarks.md).
public struct PhaseClock: Sendable {
    private let start = DispatchTime.now().uptimeNanoseconds
    private let enabled: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = environment["CITECHECK_TRACE"] == "1"
    }

    public func mark(_ phase: String) {
        guard enabled else { return }
        let ms = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        FileHandle.standardError.write(Data("phase \(phase) +\(ms)ms\n".utf8))
    }
}

import Dispatch
import Foundation

/// Catches SIGINT and SIGTERM on a queue of its own, so that `check` can write what it has before
/// it exits (130 and 143, as a shell reports a process those signals ended). Installed after the
/// papers are read: an ignored signal would be inherited by pdftotext.
final class SignalTrap: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []

    init(_ signals: [Int32] = [SIGINT, SIGTERM], handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "citecheck.signals")
        for number in signals {
            signal(number, SIG_IGN)  // the dispatch source sees it; the default action would kill us
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            sources.append(source)
        }
    }

    static func name(_ number: Int32) -> String { number == SIGINT ? "SIGINT" : number == SIGTERM ? "SIGTERM" : "signal \(number)" }

    /// 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
    static func exitStatus(_ number: Int32) -> Int32 { 128 + number }
}

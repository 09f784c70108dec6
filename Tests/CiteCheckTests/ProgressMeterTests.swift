import CiteCheck
import Foundation
import Testing

@Suite struct ProgressMeterTests {
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func add(_ text: String) { lock.lock(); parts.append(text); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return parts }
    }

    @Test func theLineSaysDoneTotalAndRate() {
        #expect(ProgressMeter.line(done: 12, total: 57, seconds: 4) == "links 12/57 · 3.0/s")
        #expect(ProgressMeter.line(done: 0, total: 5, seconds: 0) == "links 0/5 · 0.0/s")
    }

    @Test func drawsTheLastCountAndErasesItself() {
        let sink = Sink()
        let meter = ProgressMeter(total: 3, enabled: true) { sink.add($0) }
        for _ in 0..<3 { meter.tick() }
        meter.finish()
        let parts = sink.all
        #expect(parts.first?.hasPrefix("\r\u{1B}[Klinks 1/3") == true)
        #expect(parts.contains { $0.contains("links 3/3") }, "the final count is always drawn")
        #expect(parts.last == "\r\u{1B}[K")
    }

    @Test func silentWhenNotATerminal() {
        let sink = Sink()
        let meter = ProgressMeter(total: 3, enabled: false) { sink.add($0) }
        meter.tick()
        meter.finish()
        #expect(sink.all.isEmpty)
    }
}

import Testing
@testable import CiteCheck

@Suite struct LimitsTests {
    @Test func byteCountsRefuseOverflowAndHugeCaps() {
        #expect(Limits.byteCount("4M") == 4 * 1_048_576)
        #expect(Limits.byteCount("512k") == 512 * 1_024)
        #expect(Limits.byteCount("4194304") == 4_194_304)
        #expect(Limits.byteCount("1024M") == Limits.maxBodyBytes)
        #expect(Limits.byteCount("1025M") == nil)
        #expect(Limits.byteCount("9999999999999999M") == nil)  // overflowed Int, then trapped
        #expect(Limits.byteCount("99999999999999999999") == nil)
        #expect(Limits.byteCount("-1") == nil)
        #expect(Limits.byteCount("4 M") == nil)
        #expect(Limits.byteCount("") == nil)
    }

    @Test func rangesNameTheFlagAndRefuseNaNAndInfinity() {
        #expect(Limits.concurrency.problem(16) == nil)
        #expect(Limits.concurrency.problem(Int.max) == "--concurrency must be between 1 and 1024, got \(Int.max)")
        #expect(Limits.concurrency.problem(0) != nil)
        #expect(Limits.timeout.problem(30.0) == nil)
        #expect(Limits.timeout.problem(1e30) == "--timeout must be more than 0 and at most 86400 s, got 1e+30")
        #expect(Limits.timeout.problem(0.0) == "--timeout must be more than 0 and at most 86400 s, got 0.0")
        #expect(Limits.timeout.problem(0.001) == nil)
        #expect(Limits.hostInterval.problem(0) == nil)
        #expect(Limits.timeout.problem(Double.infinity) == "--timeout must be a finite number, got inf")
        #expect(Limits.timeout.problem(Double.nan) == "--timeout must be a finite number, got nan")
        #expect(Limits.timeout.problem(-Double.infinity) != nil)
    }

    @Test func aComplaintLeavesTheNameToAConfigKey() {
        #expect(Limits.hostConcurrency.complaint(65) == "must be between 1 and 64, got 65")
        #expect(Limits.hostConcurrency.complaint(64) == nil)
        #expect(Limits.timeout.complaint(Double.infinity) == "must be a finite number, got inf")
    }

    @Test func serverWaitsAreClamped() {
        #expect(Limits.serverWait(5) == 5)
        #expect(Limits.serverWait(1e20) == Limits.serverWaitSeconds)
        #expect(Limits.serverWait(.infinity) == Limits.serverWaitSeconds)
        #expect(Limits.serverWait(.nan) == 0)
        #expect(Limits.serverWait(-3) == 0)
    }

    @Test func readersUseTheseDefaults() {
        #expect(TextFileReader().maxBytes == Limits.textBytes)
        #expect(DocumentReader().maxTextBytes == Limits.textBytes)
        #expect(DocumentReader().maxContainerBytes == Limits.containerBytes)
        #expect(DocxReader().maxPartBytes == Limits.docxPartBytes)
        #expect(PDFTextReader().maxTextBytes == Limits.pdfTextBytes)
        #expect(FetchOptions().maxBody == Limits.bodyBytes)
        #expect(FetchOptions().maxRetryDelay == Limits.serverWaitSeconds)
    }
}

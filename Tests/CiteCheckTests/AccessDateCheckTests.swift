import Testing
@testable import CiteCheck

private let paper = PaperMetadata(received: PartialDate(iso: "2025-09-08"), published: PartialDate(iso: "2026-05-14"))
private let check = AccessDateCheck(today: PartialDate(iso: "2026-06-01")!, maxYearsBeforeReceived: 3)

private func ref(date: String?, accessed: String?, raw: String = "") -> Reference {
    Reference(id: "r3", note: 3, label: "③", date: date.flatMap { PartialDate(iso: $0) },
              urls: ["https://example.org/x"], accessed: accessed.flatMap { PartialDate(iso: $0) }, raw: raw)
}

@Test func ordinaryAccessDateRaisesNothing() {
    #expect(check.findings(for: ref(date: "2024-09-20", accessed: "2025-04-05"), paper: paper).isEmpty)
    // Accessed on the day of publication, and a month-only citation accessed within that month.
    #expect(check.findings(for: ref(date: "2024-09-20", accessed: "2024-09-20"), paper: paper).isEmpty)
    #expect(check.findings(for: ref(date: "2024-07", accessed: "2024-07-01"), paper: paper).isEmpty)
}

@Test func accessedBeforePublicationIsAnError() throws {
    let f = try #require(check.findings(for: ref(date: "2025-11-24", accessed: "2025-03-15"), paper: paper).first)
    #expect(f.kind == .accessDate)
    #expect(f.severity == .error)
    #expect(f.url == "https://example.org/x")
    #expect(f.message == "note 3 (③) says it was accessed on 2025-03-15, before the date it cites for the work, 2025-11-24")
}

@Test func accessedInTheFutureIsAnError() {
    let f = check.findings(for: ref(date: nil, accessed: "2026-07-01"), paper: paper)
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.message.contains("in the future (today is 2026-06-01)") == true)
}

@Test func accessedAfterThePaperWasPublishedIsAnError() {
    let f = check.findings(for: ref(date: nil, accessed: "2026-05-20"), paper: paper)
    #expect(f.count == 1)
    #expect(f.first?.message.contains("after the paper was first published on 2026-05-14") == true)
    // The seed paper's latest access date, 2025-12-10, is after receipt but before publication: fine.
    #expect(check.findings(for: ref(date: "2025-11-24", accessed: "2025-12-10"), paper: paper).isEmpty)
}

@Test func impossibleAccessDateInTheRawNoteIsAnError() {
    let raw = "《全球数字契约》，联合国网站，2024年9月22日，https://example.org/x [2025-02-30]。"
    let f = check.findings(for: ref(date: "2024-09-22", accessed: nil, raw: raw), paper: paper)
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.message == "note 3 (③) gives the access date 2025-02-30, which is not a calendar date")
    #expect(AccessDateCheck.impossibleDates(in: "x ［2025-13-01］ y [2024-02-29] z [A/RES/78/311]") == ["2025-13-01"])
    #expect(AccessDateCheck.impossibleDates(in: "https://x.org [引用日期2025-02-30]") == ["2025-02-30"])
    #expect(AccessDateCheck.impossibleDates(in: "网站，访问日期：2025年4月31日。") == ["2025年4月31"])
    #expect(AccessDateCheck.impossibleDates(in: "Report, 2024 (accessed February 30, 2025).") == ["February 30, 2025"])
    #expect(AccessDateCheck.impossibleDates(in: "Report, 2024 (accessed 29 February 2024).").isEmpty)
    #expect(AccessDateCheck.impossibleDates(in: "Report, September 31, 2024, https://x.org").isEmpty)
}

@Test func accessLongBeforeReceiptIsInfo() {
    let f = check.findings(for: ref(date: "2021-11-24", accessed: "2022-03-01"), paper: paper)
    #expect(f.count == 1)
    #expect(f.first?.severity == .info)
    #expect(f.first?.message.contains("more than 3 years before the paper was received on 2025-09-08") == true)
    let lenient = AccessDateCheck(today: PartialDate(iso: "2026-06-01")!, maxYearsBeforeReceived: 5)
    #expect(lenient.findings(for: ref(date: "2021-11-24", accessed: "2022-03-01"), paper: paper).isEmpty)
}

@Test func seedPaperAccessDatesAreAllPlausible() throws {
    let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
    let findings = parsed.references.flatMap { check.findings(for: $0, paper: parsed.paper) }
    #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map(\.message))")
}

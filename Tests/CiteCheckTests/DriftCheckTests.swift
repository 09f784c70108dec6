import Testing
@testable import CiteCheck

private let long = String(repeating: "The registry of high-risk systems grew by a third in the year under review. ", count: 3)
    + "Audit standards for public procurement were agreed by twelve member states."
private let snapshot = ArchiveSnapshot(url: "http://web.archive.org/web/20190301000000/https://x.example/r", timestamp: "20190301000000")
private let asOf = (date: PartialDate(year: 2019, month: 3, day: 10)!, source: "accessed")

@Test func theDateIsTheAccessDateElseTheWorksElseThePapers() {
    let paper = PaperMetadata(received: PartialDate(year: 2020, month: 1), published: PartialDate(year: 2020, month: 6))
    var reference = Reference(id: "r1", note: 1, label: "1", date: PartialDate(year: 2018), accessed: PartialDate(year: 2019, month: 3), raw: "")
    #expect(DriftCheck.asOf(reference, paper: paper)?.source == "accessed")
    reference.accessed = nil
    #expect(DriftCheck.asOf(reference, paper: paper)?.date == PartialDate(year: 2018))
    reference.date = nil
    #expect(DriftCheck.asOf(reference, paper: paper)! == (PartialDate(year: 2020, month: 6)!, "paper"))
    #expect(DriftCheck.asOf(reference, paper: PaperMetadata()) == nil)
}

@Test func aCaptureMoreThanAYearAwayIsNotNear() {
    let check = DriftCheck()
    #expect(check.isNear(snapshot, to: asOf.date))
    #expect(check.isNear(ArchiveSnapshot(url: "u", timestamp: "20200301000000"), to: asOf.date))
    #expect(!check.isNear(ArchiveSnapshot(url: "u", timestamp: "20090101000000"), to: asOf.date))
    #expect(!check.isNear(ArchiveSnapshot(url: "u", timestamp: "20210101000000"), to: asOf.date))
}

@Test func aReplacedPageIsFlaggedWithBothTitlesAndTheCopyToCite() {
    let check = DriftCheck()
    let drift = check.compare(archived: MainText(title: "Registry Report 2019", text: long, source: "main"),
                              current: MainText(title: "Page moved | Shop", text: "Welcome to our shop. " + String(repeating: "Deals and offers every day. ", count: 8), source: "body"),
                              currentTitle: nil, snapshot: snapshot, asOf: asOf)
    #expect(drift.changed)
    #expect(drift.titleSimilarity == 0)
    let findings = check.findings(drift, url: "https://x.example/r", references: ["r1", "r4"])
    #expect(findings.map(\.reference) == ["r1", "r4"])
    #expect(findings.allSatisfy { $0.kind == .contentChanged && $0.severity == .warning && $0.suggestion == snapshot.url })
    #expect(findings[0].message.contains("archived copy of 2019-03-01 is titled \"Registry Report 2019\", the page today \"Page moved | Shop\""))
    #expect(findings[0].message.contains("0% of the archived text is still on the page"))
}

@Test func anEditedPageIsNotFlaggedAndAShortPageIsJudgedByItsTitle() {
    let check = DriftCheck()
    let edited = check.compare(archived: MainText(title: "Registry Report", text: long, source: "main"),
                               current: MainText(title: "Registry Report (updated)", text: long + " A corrigendum fixed two figures.", source: "main"),
                               currentTitle: nil, snapshot: snapshot, asOf: asOf)
    #expect(!edited.changed)
    #expect(check.findings(edited, url: "u", references: ["r1"]).isEmpty)
    let short = check.compare(archived: MainText(title: "Registry Report 2019", text: "Download the PDF.", source: "body"),
                              current: MainText(title: "Error: page not available", text: "Download the PDF.", source: "body"),
                              currentTitle: nil, snapshot: snapshot, asOf: asOf)
    #expect(short.changed, "too little text: the titles decide")
    #expect(check.unverified(url: "u", references: ["r2"], why: "no copy").first?.kind == .contentUnverified)
    #expect(check.unverified(url: "u", references: ["r2"], why: "no copy").first?.severity == .info)
}

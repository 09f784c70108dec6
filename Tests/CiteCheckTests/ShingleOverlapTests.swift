import Testing
@testable import CiteCheck

private let report = """
    The committee reviewed the governance of artificial intelligence across member states and found that national \
    strategies differ widely in scope, in funding and in the institutions they create.
    """

@Test func theSameTextOverlapsFullyWhateverItsCaseAndPunctuation() {
    let overlap = ShingleOverlap(archived: report, current: report.uppercased().replacingOccurrences(of: ",", with: " ;"))
    #expect(overlap.jaccard == 1)
    #expect(overlap.containment == 1)
    #expect(overlap.archivedShingles == overlap.currentShingles)
}

@Test func aPageThatOnlyGrewKeepsItsContainmentButNotItsJaccard() {
    let overlap = ShingleOverlap(archived: report, current: report + " " + report.replacingOccurrences(of: "committee", with: "panel").reversed())
    #expect(overlap.containment == 1)
    #expect(overlap.jaccard < 0.6)
}

@Test func aRewordedSentenceCostsOnlyTheShinglesAroundIt() {
    let edited = report.replacingOccurrences(of: "differ widely", with: "still differ widely")
    let overlap = ShingleOverlap(archived: report, current: edited)
    #expect(overlap.containment > 0.85 && overlap.containment < 1)
    #expect(overlap.jaccard > 0.75 && overlap.jaccard < overlap.containment)
}

@Test func differentTextsShareNothingAndChineseIsComparedByCharacterPairs() {
    #expect(ShingleOverlap(archived: report, current: "Welcome to our online shop: thousands of products, free shipping.").containment == 0)
    let zh = ShingleOverlap(archived: "委员会审议了各成员国的人工智能治理情况", current: "委员会审议了各成员国的人工智能治理情况，并发布报告")
    #expect(zh.containment == 1)
    #expect(zh.jaccard < 1)
    let empty = ShingleOverlap(archived: "", current: "")
    #expect(empty.jaccard == 1 && empty.containment == 1)
    #expect(ShingleOverlap(archived: "", current: report).containment == 0)
}

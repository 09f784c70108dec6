import Testing
@testable import CiteCheck

@Suite struct CitingSentenceTests {
    @Test func markAfterTheFullStopBelongsToTheSentenceBefore() {
        let text = "First sentence. The regime is fragmented. Next one."
        let offset = "First sentence. The regime is fragmented.".count
        #expect(CitingSentence.around(text, at: offset) == "The regime is fragmented.")
    }

    @Test func markInsideASentenceTakesTheWholeSentence() {
        let text = "Before. Some asked whether the UN should govern AI at all and proposed alternatives. After."
        let offset = "Before. Some asked whether the UN should govern AI at all".count
        #expect(CitingSentence.around(text, at: offset) == "Some asked whether the UN should govern AI at all and proposed alternatives.")
    }

    @Test func chinesePunctuationAndClosingQuotes() {
        let text = "近年来行动加快。联合国提出“主渠道”。此后讨论增多。"
        let offset = "近年来行动加快。联合国提出“主渠道”。".count
        #expect(CitingSentence.around(text, at: offset) == "联合国提出“主渠道”。")
        let mid = "近年来行动加快。联合国提出".count
        #expect(CitingSentence.around(text, at: mid) == "联合国提出“主渠道”。")
    }

    @Test func abbreviationsAndDecimalsDoNotEndSentences() {
        let text = "The U.S. share rose to 3.5 per cent in 2024. Next."
        #expect(CitingSentence.around(text, at: "The U.S. share rose".count) == "The U.S. share rose to 3.5 per cent in 2024.")
    }

    @Test func emptyTextHasNoSentence() {
        #expect(CitingSentence.around("", at: 0) == nil)
    }
}

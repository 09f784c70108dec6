import Foundation
import Testing
@testable import CiteCheck

@Test func trimsWhatFoundationTrims() {
    let samples = [
        "", "   ", "plain", "  both ends \n", "\t\r\nline\u{85}", "\u{3000}全角空格\u{3000}", "\u{A0}nbsp\u{A0}",
        "\u{2028}separators\u{2029}", "inner  space kept", "e\u{301} ", " \u{301}combining", "emoji 👩‍👩‍👧 ",
    ]
    for sample in samples {
        #expect(sample.trimmed == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample.debugDescription)")
        #expect(sample.dropFirst(0).trimmed == sample.trimmed)
    }
}

@Test func trimsAGivenSetOfCharacters() {
    #expect("“,，Title。.”".trimmingCharacters(in: ",，。.“”") == "Title")
    #expect("<https://example.org/>".trimmingCharacters(in: "<>") == "https://example.org/")
    #expect("....".trimmingCharacters(in: ".") == "")
    #expect("middle.dot".trimmingCharacters(in: ".") == "middle.dot")
}

import Testing
@testable import CiteCheck

@Suite struct UntrustedTextTests {
    @Test func terminalEscapesBecomeVisibleText() {
        let title = "Annual \u{1B}[31mReport\u{1B}[0m\u{1B}]0;pwned\u{07} on Things"
        let safe = UntrustedText.escaped(title)
        #expect(safe == "Annual \\x1B[31mReport\\x1B[0m\\x1B]0;pwned\\x07 on Things")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func c1ControlsDeleteAndBidiOverridesAreEscaped() {
        #expect(UntrustedText.escaped("a\u{9B}31mb") == "a\\x9B31mb")  // C1 CSI
        #expect(UntrustedText.escaped("a\u{7F}b") == "a\\x7Fb")
        #expect(UntrustedText.escaped("evil\u{202E}txt.exe") == "evil\\u{202E}txt.exe")
        #expect(UntrustedText.escaped("x\u{2066}y") == "x\\u{2066}y")
    }

    @Test func lineBreaksAreSpacesUnlessTheLinesAreOurs() {
        #expect(UntrustedText.escaped("one\ntwo\tthree\rfour") == "one two three four")
        #expect(UntrustedText.escaped("one\ntwo\tthree\r", keepingLines: true) == "one\ntwo\tthree\\x0D")
    }

    @Test func ordinaryTextIsUntouched() {
        for text in ["", "人工智能治理：联合国的角色", "Éléments — « cités »", "Emoji 📚 and ZWJ 👩‍🔬", "العربية"] {
            #expect(UntrustedText.escaped(text) == text)
        }
    }
}

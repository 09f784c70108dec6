import Foundation

/// An International Standard Book Number, checked: ten digits (the last may be X) with the
/// mod-11 check digit, or thirteen with the EAN mod-10 one, written with or without hyphens or
/// spaces. Where the written form is hyphenated, its parts must be whole: prefix (ISBN-13),
/// registration group, registrant, publication and a one-character check digit, and the group
/// must be one the International ISBN Agency has assigned (the registrant ranges inside each group
/// are not checked: that table changes every month).
public struct ISBN: Hashable, Sendable, CustomStringConvertible {
    /// Digits only, as written (10 or 13 characters; X upper case).
    public let digits: String

    public var description: String { digits }

    /// The ISBN-13 form: an ISBN-10 gets the 978 prefix and a new check digit.
    public var isbn13: String {
        guard digits.count == 10 else { return digits }
        let body = "978" + digits.prefix(9)
        return body + String(Self.check13(body))
    }

    /// The valid ISBN, or nil.
    public init?(_ written: String) {
        guard case .success(let isbn) = Self.parse(written) else { return nil }
        self = isbn
    }

    private init(digits: String) { self.digits = digits }

    /// Validates an ISBN as a citation writes it ("ISBN 978-7-301-12345-6", "0-262-03384-4").
    public static func parse(_ written: String) -> Result<ISBN, ISBNProblem> {
        let text = strippedLabel(written)
        var digits = ""
        var parts: [String] = [""]
        for ch in text {
            if ch.isASCII && ch.isNumber || ch == "X" || ch == "x" {
                digits.append(ch == "x" ? "X" : ch)
                parts[parts.count - 1].append(ch)
            } else if ch == "-" || ch == " " || ch == "‐" || ch == "–" {
                if !parts[parts.count - 1].isEmpty { parts.append("") }
            } else {
                return .failure(ISBNProblem(text: written, reason: "it contains \"\(ch)\""))
            }
        }
        if parts.last == "" { parts.removeLast() }
        func problem(_ reason: String, fix: String? = nil) -> Result<ISBN, ISBNProblem> {
            .failure(ISBNProblem(text: written, reason: reason, corrected: fix))
        }
        if let x = digits.firstIndex(of: "X"), x != digits.index(before: digits.endIndex) || digits.count != 10 {
            return problem("only the last character of an ISBN-10 may be X")
        }
        switch digits.count {
        case 10:
            let expected = check10(String(digits.prefix(9)))
            if String(expected) != String(digits.last!) {
                return problem("its check digit is \(digits.last!), but the first nine digits give \(expected)",
                               fix: String(digits.prefix(9)) + String(expected))
            }
        case 13:
            guard digits.hasPrefix("978") || digits.hasPrefix("979") else {
                return problem("an ISBN-13 starts with 978 or 979, this one with \(digits.prefix(3))")
            }
            let expected = check13(String(digits.prefix(12)))
            if String(expected) != String(digits.last!) {
                return problem("its check digit is \(digits.last!), but the first twelve digits give \(expected)",
                               fix: String(digits.prefix(12)) + String(expected))
            }
        default:
            return problem("it has \(digits.count) digits; an ISBN has 10 or 13")
        }
        if parts.count > 1, let reason = hyphenationProblem(parts, digits: digits) {
            return .failure(ISBNProblem(text: written, reason: reason, corrected: nil, checksumValid: true))
        }
        return .success(ISBN(digits: digits))
    }

    /// "ISBN", "ISBN-13:", "ISBN：" before the number are labels, not part of it.
    static func strippedLabel(_ written: String) -> Substring {
        var text = Substring(written).drop(while: \.isWhitespace)
        if text.prefix(4).uppercased() == "ISBN" { text = text.dropFirst(4) }
        if text.hasPrefix("-13") || text.hasPrefix("-10") { text = text.dropFirst(3) }
        text = text.drop { $0 == ":" || $0 == "：" || $0.isWhitespace }
        while let last = text.last, last == "." || last == "," || last == ";" || last.isWhitespace { text = text.dropLast() }
        return text
    }

    static func check10(_ nine: String) -> Character {
        var sum = 0
        for (i, ch) in nine.enumerated() { sum += (10 - i) * Int(String(ch))! }
        let value = (11 - sum % 11) % 11
        return value == 10 ? "X" : Character(String(value))
    }

    static func check13(_ twelve: String) -> Character {
        var sum = 0
        for (i, ch) in twelve.enumerated() { sum += (i % 2 == 0 ? 1 : 3) * Int(String(ch))! }
        return Character(String((10 - sum % 10) % 10))
    }

    /// Why a hyphenated form is not a whole ISBN's parts, or nil.
    static func hyphenationProblem(_ parts: [String], digits: String) -> String? {
        let thirteen = digits.count == 13
        let expected = thirteen ? 5 : 4
        guard parts.count == expected else {
            return "it is hyphenated into \(parts.count) parts; an ISBN-\(digits.count) has \(expected) (\(thirteen ? "prefix, " : "")group, registrant, publication, check digit)"
        }
        guard parts.last!.count == 1 else { return "its last part \"\(parts.last!)\" should be the single check digit" }
        let prefix = thirteen ? parts[0] : "978"
        if thirteen && parts[0].count != 3 { return "its prefix \"\(parts[0])\" should be 978 or 979" }
        let group = parts[thirteen ? 1 : 0]
        guard Self.isGroup(group, prefix: prefix) else {
            return "its registration group \"\(group)\" (after \(prefix)) is not one the ISBN Agency has assigned"
        }
        return nil
    }

    /// Registration groups, by prefix, as ranges of equal-length identifiers (ISBN International's
    /// range table; the groups are prefix-free, so a group is valid iff it lies in one range).
    private static let groups: [String: [ClosedRange<Int>]] = [
        "978": [0...5, 600...649, 65...65, 7...7, 80...94, 950...989, 9900...9989, 99900...99999],
        "979": [8...8, 10...13],
    ]

    static func isGroup(_ group: String, prefix: String) -> Bool {
        guard let value = Int(group), let ranges = groups[prefix] else { return false }
        return ranges.contains { range in
            String(range.lowerBound).count == group.count && range.contains(value)
        }
    }
}

/// Why a written ISBN is not a valid one, for `isbn-invalid`; `corrected` gives the number with the
/// check digit its other digits call for (a typo in the check digit is the common case, but a typo
/// elsewhere also breaks the sum, so it is offered for checking, not as a certain fix).
public struct ISBNProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var reason: String
    public var corrected: String?
    /// True when the digits are a valid ISBN and only the hyphenation is wrong.
    public var checksumValid: Bool

    public init(text: String, reason: String, corrected: String? = nil, checksumValid: Bool = false) {
        self.text = text.trimmingCharacters(in: .whitespaces)
        self.reason = reason
        self.corrected = corrected
        self.checksumValid = checksumValid
    }

    public var description: String { "ISBN \"\(text)\" is not valid: \(reason)" }
}

@testable import CiteCheck
import Foundation

/// Encodable values that go where the report types do not, for comparing `ReportJSONEncoder` with
/// Foundation's JSONEncoder byte for byte.
enum JSONEdgeCases {
    /// Every control character, the characters JSON escapes, and text that must stay raw UTF-8.
    static let hardText: String = {
        var text = ""
        for byte in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(byte))) }
        return text + "\u{7F}\u{85}\u{A0}\u{2028}\u{2029}\u{FEFF}\"\\/<>&'é e\u{301} 中文 ☃ 😀 👩‍👩‍👧 https://a.example/x?y=1"
    }()

    static let doubles: [Double] = [
        0, -0.0, 30, 0.1, 2.5, -12.75, 1e-7, 1e-5, 0.0001, 1e15, 1e16, 1e21, 123456789012345680, 12345.678,
        .pi, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 4.35, 0.3,
    ]
    static let floats: [Float] = [0, -0.0, 30, 0.1, 1.1, 1e-7, 1e21, .greatestFiniteMagnitude, .leastNonzeroMagnitude]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    /// Keys whose order differs between byte order, case-insensitive and numeric-aware sorting;
    /// keys that need escaping; a key that is a prefix of another followed by a byte below `"`.
    static let trickyKeys = [
        "a", "B", "a_b", "aB", "10", "9", "2", "A", "Z", "z", "", "é", "e\u{301}x", "中", "😀", "ａ", "a1", "a10", "a2",
        "ab", "ab!", "ab ", "quo\"te", "back\\slash", "tab\tkey", "new\nline", "slash/key", "\u{1}",
    ]

    /// Everything a container can hold, through every kind of container.
    struct Everything: Encodable {
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(hardText, forKey: Key("text"))
            for (index, key) in trickyKeys.enumerated() { try c.encode(index, forKey: Key(key)) }
            try c.encode(Optional<Int>.none, forKey: Key("nothing"))
            try c.encodeIfPresent(Optional<Int>.none, forKey: Key("absent"))
            try c.encodeIfPresent(Optional(3), forKey: Key("present"))
            try c.encodeNullable(Optional<String>.none, forKey: Key("nullable"))
            try c.encodeNullable(Optional("x"), forKey: Key("nullableSet"))
            try c.encode(Optional<Optional<Int>>.some(nil), forKey: Key("someNil"))
            try c.encode([1, nil, 3] as [Int?], forKey: Key("optionals"))
            try c.encode([Int](), forKey: Key("emptyArray"))
            try c.encode([String: Int](), forKey: Key("emptyObject"))
            try c.encode([[[Int]]()], forKey: Key("nestedEmpty"))
            try c.encode(Silent(), forKey: Key("silent"))
            try c.encode(["b": 2, "a": 1, "A": 0], forKey: Key("dictionary"))
            try c.encode([10: "ten", 9: "nine", -1: "minus"], forKey: Key("intKeyed"))
            try c.encode(doubles, forKey: Key("doubles"))
            try c.encode(floats, forKey: Key("floats"))
            for (index, value) in doubles.enumerated() { try c.encode(value, forKey: Key("double\(index)")) }
            try c.encode(Integers(), forKey: Key("integers"))
            try c.encode(Foundationish(), forKey: Key("foundation"))
            try c.encode(true, forKey: Key("yes"))
            try c.encode(false, forKey: Key("no"))
            // The same key twice: the last value wins.
            try c.encode("first", forKey: Key("twice"))
            try c.encode("second", forKey: Key("twice"))
            // Canonically equal keys with different bytes: the first spelling, the last value.
            try c.encode(1, forKey: Key("caf\u{E9}"))
            try c.encode(2, forKey: Key("cafe\u{301}"))
            try Containers().encode(to: c.superEncoder(forKey: Key("containers")))
        }
    }

    /// Nested, reused and super containers, written out of order.
    struct Containers: Encodable {
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            var inner = c.nestedContainer(keyedBy: Key.self, forKey: Key("inner"))
            var list = c.nestedUnkeyedContainer(forKey: Key("list"))
            try c.encode("after the nested ones", forKey: Key("z"))
            try inner.encode(1, forKey: Key("b"))
            try list.encode("one")
            var again = c.nestedContainer(keyedBy: Key.self, forKey: Key("inner"))
            try again.encode(2, forKey: Key("a"))
            var sameEncoder = encoder.container(keyedBy: Key.self)
            try sameEncoder.encode("merged", forKey: Key("y"))
            let listSuper = list.superEncoder()
            try list.encodeNil()
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode(UInt8(7))
            _ = deeper.nestedContainer(keyedBy: Key.self)
            var superValue = listSuper.singleValueContainer()
            try superValue.encode(-1.5)
            var parent = c.superEncoder().container(keyedBy: Key.self)
            try parent.encode("from the superclass", forKey: Key("name"))
            _ = c.superEncoder(forKey: Key("unused"))
        }
    }

    /// Objects of one shape with their later keys in another order or a key twice, and more
    /// distinct keys than the encoder remembers: its caches of keys and of sorting orders must
    /// never stand in for sorting.
    struct Shapes: Encodable {
        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            for variant in [0, 1, 0, 2, 1, 0] { try c.encode(Reordered(variant: variant)) }
            for count in [1500, 1500, 3] { try c.encode(ManyKeys(count: count)) }
        }
    }

    struct Reordered: Encodable {
        var variant: Int
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(variant, forKey: Key("m"))
            try c.encode(true, forKey: Key("b"))
            let rest = [["z", "c", "q"], ["q", "z", "c"], ["c", "z", "z"]][variant]
            for (index, key) in rest.enumerated() { try c.encode(index, forKey: Key(key)) }
        }
    }

    /// Keys made on the fly, long enough to live on the heap.
    struct ManyKeys: Encodable {
        var count: Int
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            for index in (0..<count).reversed() { try c.encode(index, forKey: Key("a key made on the fly, number \(index * 7919 % count)")) }
        }
    }

    /// A value that encodes nothing: JSONEncoder writes `{}` in its place.
    struct Silent: Encodable {
        func encode(to encoder: Encoder) throws {}
    }

    struct Integers: Encodable {
        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(Int.min)
            try c.encode(Int.max)
            try c.encode(Int8.min)
            try c.encode(Int16.min)
            try c.encode(Int32.min)
            try c.encode(Int64.min)
            try c.encode(UInt.max)
            try c.encode(UInt8.max)
            try c.encode(UInt16.max)
            try c.encode(UInt32.max)
            try c.encode(UInt64.max)
            try c.encode(0)
            try c.encode(-7)
            if #available(macOS 15.0, *) {
                try c.encode(Int128.min)
                try c.encode(UInt128.max)
            }
            var single = [Int64.min, 0, 42]
            single.append(Int64.max)
            try c.encode(single)
        }
    }

    /// The types JSONEncoder treats specially.
    struct Foundationish: Encodable {
        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(Date(timeIntervalSinceReferenceDate: 12345.5))
            try c.encode(Date(timeIntervalSince1970: 0))
            try c.encode(URL(string: "https://a.example/path with space?q=1#frag"))
            try c.encode(URL(string: "relative/path", relativeTo: URL(string: "https://b.example/dir/")))
            try c.encode(Data([0, 1, 2, 254, 255]))
            try c.encode(Data())
            try c.encode(Decimal(string: "3.14159"))
            try c.encode(Decimal(30))
            try c.encode(Decimal(string: "-0.5"))
            try c.encode([Data([9])])
        }
    }

    /// Containers nested `depth` deep, alternating arrays and objects.
    struct Nest: Encodable {
        var depth: Int
        func encode(to encoder: Encoder) throws {
            guard depth > 0 else { return try "bottom".encode(to: encoder) }
            if depth % 2 == 0 {
                var c = encoder.unkeyedContainer()
                try c.encode(Nest(depth: depth - 1))
            } else {
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(Nest(depth: depth - 1), forKey: Key("d\(depth)"))
            }
        }
    }

    /// A float JSON cannot hold, in a keyed, an unkeyed or a single-value container.
    struct NonFinite<F: BinaryFloatingPoint & Encodable>: Encodable {
        enum Place { case keyed, unkeyed, single }
        var value: F
        var place: Place
        func encode(to encoder: Encoder) throws {
            switch place {
            case .keyed:
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(value, forKey: Key("x"))
            case .unkeyed:
                var c = encoder.unkeyedContainer()
                try c.encode(value)
            case .single:
                var c = encoder.singleValueContainer()
                try c.encode(value)
            }
        }
    }
}

/// Random JSON-shaped values from a seed, for what the hand-written cases do not think of.
indirect enum RandomJSON: Encodable {
    case string(String), integer(Int), double(Double), bool(Bool), null
    case array([RandomJSON])
    case object([(String, RandomJSON)])

    static func make(_ random: inout some RandomNumberGenerator, depth: Int = 0) -> RandomJSON {
        switch Int.random(in: 0..<(depth > 4 ? 5 : 7), using: &random) {
        case 0: .string(text(&random))
        case 1: .integer(Int.random(in: Int.min...Int.max, using: &random) >> Int.random(in: 0..<64, using: &random))
        case 2: .double(Bool.random(using: &random)
                ? Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &random)) * (Bool.random(using: &random) ? 1 : -1)
                : Double(Int.random(in: -100_000...100_000, using: &random)) / 100)
        case 3: .bool(Bool.random(using: &random))
        case 4: .null
        case 5: .array((0..<Int.random(in: 0..<5, using: &random)).map { _ in make(&random, depth: depth + 1) })
        default: .object((0..<Int.random(in: 0..<6, using: &random)).map { _ in (text(&random, short: true), make(&random, depth: depth + 1)) })
        }
    }

    /// Scalars from ASCII (controls included), Latin, CJK and the astral planes; short texts repeat keys.
    private static func text(_ random: inout some RandomNumberGenerator, short: Bool = false) -> String {
        let ranges: [ClosedRange<UInt32>] = short ? [0x41...0x44, 0x61...0x63, 0x30...0x32, 0xE9...0xE9, 0x301...0x301]
            : [0...0x7F, 0x80...0x24F, 0x2000...0x206F, 0x4E00...0x4E20, 0x1F600...0x1F64F]
        var text = ""
        for _ in 0..<Int.random(in: 0..<(short ? 4 : 30), using: &random) {
            let range = ranges.randomElement(using: &random) ?? 0x61...0x61
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { text.unicodeScalars.append(scalar) }
        }
        return text
    }

    func encode(to encoder: Encoder) throws {
        switch self {
        case .string(let value): try value.encode(to: encoder)
        case .integer(let value): try value.encode(to: encoder)
        case .double(let value): try value.encode(to: encoder)
        case .bool(let value): try value.encode(to: encoder)
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .array(let values): try values.encode(to: encoder)
        case .object(let members):
            var c = encoder.container(keyedBy: JSONEdgeCases.Key.self)
            for (key, value) in members { try c.encode(value, forKey: JSONEdgeCases.Key(key)) }
        }
    }
}

/// SplitMix64: the same values on every run and platform.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation

extension Reference {
    /// How findings name the note a reference comes from: "note 89 (①)".
    var noteDescription: String {
        let label = label.trimmingCharacters(in: .whitespaces)
        return label.isEmpty || label == String(note) ? "note \(note)" : "note \(note) (\(label))"
    }
}

extension Array where Element == String {
    /// "a", "a and b", "a, b and c".
    var joinedAsList: String {
        switch count {
        case 0: return ""
        case 1: return self[0]
        default: return dropLast().joined(separator: ", ") + " and " + last!
        }
    }
}

import ArgumentParser
import CiteCheck

/// `--input-format docx`; aliases such as "bib" or "md" are accepted too.
extension DocumentFormat: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

import CiteCheck
import Foundation

enum Exit {
    /// Prints the one-line message and exits 2: the contract for usage and input errors.
    static func fail(_ error: CiteCheckError) -> Never {
        FileHandle.standardError.write(Data("citecheck: \(error.description)\n".utf8))
        exit(2)
    }
}

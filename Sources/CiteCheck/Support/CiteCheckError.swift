/// Errors a user can act on. `description` is the one-line message the command prints;
/// it always names the file and the problem.
public struct CiteCheckError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The input could not be read or understood (exit status 2).
        case input
        /// The command line asks for something impossible (exit status 2).
        case usage
        /// An output could not be written.
        case output
    }

    public let kind: Kind
    public let file: String?
    public let problem: String

    public init(_ kind: Kind, file: String?, _ problem: String) {
        self.kind = kind
        self.file = file
        self.problem = problem
    }

    public var description: String {
        if let file { return "\(file): \(problem)" }
        return problem
    }
}

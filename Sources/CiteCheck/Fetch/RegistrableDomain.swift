internal import CPSL
import Foundation

/// A host's registrable domain under the Public Suffix List ("news.bbc.co.uk" → "bbc.co.uk",
/// "a.b.github.io" → "b.github.io"), from libpsl reading Debian's publicsuffix data (its newest
/// list, else the one built into libpsl). IP addresses, and hosts that are themselves a public
/// suffix, are their own domain.
public enum RegistrableDomain {
    public static func of(host: String) -> String {
        var name = host.lowercased()
        while name.hasSuffix(".") { name.removeLast() }
        if name.hasPrefix("[") || name.contains(":") || name.allSatisfy({ $0.isNumber || $0 == "." }) { return name }
        guard let context = Context.shared.pointer else { return name }
        // libpsl returns a pointer into the string it was given, so the copy is made while that
        // buffer is alive: a bridged temporary would already be freed (a crash under load).
        return name.withCString { cName in
            psl_registrable_domain(context, cName).map { String(cString: $0) } ?? name
        }
    }

    /// The loaded list: read once, then only read from (libpsl's lookups do not write to it).
    private final class Context: @unchecked Sendable {
        static let shared = Context()
        let pointer: OpaquePointer?
        private init() { pointer = psl_latest(nil) ?? psl_builtin() }
    }
}

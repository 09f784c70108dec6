import Foundation

/// Where a PostgreSQL store is: `--store postgres://user:password@host:port/db?param=value`
/// (`postgresql://` too), read by libpq's URI rules, with the `PG*` environment variables filling
/// what the URI leaves out (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE,
/// PGCONNECT_TIMEOUT), then libpq's defaults (Debian's socket folder, port 5432, the login name).
/// A host that starts with "/" is the folder of the server's Unix socket, as in libpq.
public struct StoreLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// libpq's sslmode: disable, allow, prefer (the default), require, verify-ca, verify-full.
    public var sslMode: String
    /// Seconds to wait for the server to answer the connection (nil: `--store-timeout`).
    public var connectTimeout: Double?

    public init(host: String, port: Int, user: String, password: String?, database: String, sslMode: String,
                connectTimeout: Double?) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.sslMode = sslMode
        self.connectTimeout = connectTimeout
    }

    /// Debian's libpq looks for the server's socket here when no host is given.
    public static let defaultSocketFolder = "/var/run/postgresql"
    static let sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]

    /// The socket file for a host that names a folder, as libpq builds it.
    public var socketPath: String? { host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : nil }

    /// The URI without the password, for messages.
    public var description: String {
        let hostPart = socketPath == nil ? (host.contains(":") ? "[\(host)]" : host) + ":\(port)" : ""
        let query = socketPath == nil ? "" : "?host=\(host)&port=\(port)"
        return "postgresql://\(user)@\(hostPart)/\(database)\(query)"
    }

    /// The location `value` names when it is a PostgreSQL URI; nil for anything else (a SQLite file).
    public static func postgres(_ value: String, environment: [String: String]) throws -> StoreLocation? {
        let lower = value.lowercased()
        guard let scheme = ["postgresql://", "postgres://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        var parts = try uriParts(String(value.dropFirst(scheme.count)), original: value)
        func take(_ key: String, _ variable: String) -> String? {
            if let given = parts.removeValue(forKey: key), !given.isEmpty { return given }
            if let set = environment[variable], !set.isEmpty { return set }
            return nil
        }
        let user = take("user", "PGUSER") ?? loginName(environment)
        var location = StoreLocation(
            host: take("host", "PGHOST") ?? defaultSocketFolder, port: 5432, user: user,
            password: take("password", "PGPASSWORD"), database: take("dbname", "PGDATABASE") ?? user,
            sslMode: take("sslmode", "PGSSLMODE") ?? "prefer", connectTimeout: nil)
        if let port = take("port", "PGPORT") {
            guard let number = Int(port), (1...65535).contains(number) else {
                throw usage(value, "invalid port \"\(port)\"")
            }
            location.port = number
        }
        if let timeout = take("connect_timeout", "PGCONNECT_TIMEOUT") {
            guard let seconds = Double(timeout), seconds >= 0 else { throw usage(value, "invalid connect_timeout \"\(timeout)\"") }
            location.connectTimeout = seconds > 0 ? seconds : nil
        }
        guard sslModes.contains(location.sslMode) else {
            throw usage(value, "invalid sslmode \"\(location.sslMode)\" (one of \(sslModes.joined(separator: ", ")))")
        }
        parts.removeValue(forKey: "application_name")
        if let unknown = parts.keys.sorted().first {
            throw usage(value, "invalid URI query parameter \"\(unknown)\"")
        }
        return location
    }

    /// The URI after its scheme, as key/value pairs under libpq's parameter names: the user-info,
    /// host and port, database (the path) and the query parameters, all percent-decoded. A query
    /// parameter overrides the part before it, as in libpq.
    private static func uriParts(_ rest: String, original: String) throws -> [String: String] {
        var parts: [String: String] = [:]
        var main = Substring(rest)
        if let mark = main.firstIndex(of: "?") {
            for pair in main[main.index(after: mark)...].split(separator: "&") where !pair.isEmpty {
                guard let equals = pair.firstIndex(of: "=") else { throw usage(original, "query parameter \"\(pair)\" has no value") }
                parts[try decoded(pair[..<equals], original)] = try decoded(pair[pair.index(after: equals)...], original)
            }
            main = main[..<mark]
        }
        var authority = main
        if let slash = main.firstIndex(of: "/") {
            authority = main[..<slash]
            let database = try decoded(main[main.index(after: slash)...], original)
            if !database.isEmpty, parts["dbname"] == nil { parts["dbname"] = database }
        }
        if let at = authority.lastIndex(of: "@") {
            let info = authority[..<at]
            authority = authority[authority.index(after: at)...]
            let colon = info.firstIndex(of: ":")
            let user = try decoded(info[..<(colon ?? info.endIndex)], original)
            if parts["user"] == nil, !user.isEmpty { parts["user"] = user }
            if let colon, parts["password"] == nil { parts["password"] = try decoded(info[info.index(after: colon)...], original) }
        }
        guard !authority.contains(",") else {
            throw usage(original, "several hosts are not supported: give one")
        }
        var host = authority
        var port: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw usage(original, "unterminated [IPv6 address]") }
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") { port = after.dropFirst() } else if !after.isEmpty { throw usage(original, "unexpected \"\(after)\" after the host") }
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            port = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        let hostName = try decoded(host, original)
        if parts["host"] == nil, !hostName.isEmpty { parts["host"] = hostName }
        if let port, !port.isEmpty, parts["port"] == nil { parts["port"] = String(port) }
        return parts
    }

    private static func decoded(_ text: Substring, _ original: String) throws -> String {
        guard let value = String(text).removingPercentEncoding else { throw usage(original, "invalid percent-encoding in \"\(text)\"") }
        return value
    }

    private static func loginName(_ environment: [String: String]) -> String {
        if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
        return NSUserName()
    }

    private static func usage(_ value: String, _ problem: String) -> CiteCheckError {
        CiteCheckError(.usage, file: nil, "--store: \(problem) in the PostgreSQL URI (docs/history.md)")
    }
}

import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// The history in a PostgreSQL database that many workers share (`--store postgres://…`), through
/// postgres-nio. Same tables, same rows and same verdict rules as `SQLiteStore`. Each operation is
/// one transaction on the store's one connection: the process's callers are synchronous, so an
/// operation waits on the NIO event loop's future (never on Swift's cooperative pool, which the
/// waiting thread may belong to). A lock keeps one operation at a time on the connection. Across
/// processes, advisory locks serialise what must not interleave: migrating, recording one paper,
/// recording one run's shard.
final class PostgresStore: StoreBackend {
    let location: StoreLocation
    private let connection: PostgresConnection
    private let logger = Logger(label: "citecheck.store", factory: { _ in SwiftLogNoOpLogHandler() })
    private let lock = NSLock()
    /// The longest a statement may wait for its answer: a lock held elsewhere is waited on for
    /// `--store-timeout` (lock_timeout), and then some.
    private let answerTimeout: Double

    init(_ location: StoreLocation, timeout: Double) throws {
        self.location = location
        answerTimeout = timeout + 30
        var configuration: PostgresConnection.Configuration
        if let socket = location.socketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: location.password,
                                  database: location.database)
        } else {
            configuration = .init(host: location.host, port: location.port, username: location.user,
                                  password: location.password, database: location.database,
                                  tls: try Self.tls(location.sslMode))
        }
        configuration.options.connectTimeout = .milliseconds(Int64((location.connectTimeout ?? timeout) * 1000))
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            throw CiteCheckError(.input, file: location.description, "cannot open the history store: \(Self.describe(error))")
        }
        // Another worker holding a paper's or the schema's lock is waited on for `--store-timeout`.
        _ = try run(PostgresQuery(unsafeSQL: "SET lock_timeout = '\(Int(timeout * 1000))ms'"))
        try migrate()
    }

    /// postgres-nio requires a connection closed before it goes: the close's callback keeps it
    /// until then (waiting here could block an event loop thread).
    deinit {
        let connection = connection
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in _ = connection }
    }

    private static func tls(_ mode: String) throws -> PostgresConnection.Configuration.TLS {
        guard mode != "disable" else { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        // libpq's modes: only verify-ca and verify-full check the server's certificate.
        switch mode {
        case "verify-full": configuration.certificateVerification = .fullVerification
        case "verify-ca": configuration.certificateVerification = .noHostnameVerification
        default: configuration.certificateVerification = .none
        }
        let context = try NIOSSLContext(configuration: configuration)
        return mode == "allow" || mode == "prefer" ? .prefer(context) : .require(context)
    }

    // MARK: running queries

    /// One statement, waited on. A connection that closed (the server stopped, the network
    /// dropped) fails the statement at once: postgres-nio may leave a query sent to a closed
    /// connection unanswered. An answer that never comes fails it after `answerTimeout`.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        guard !connection.isClosed else { throw gone }
        let future = connection.query(query, logger: logger)
        let answered = DispatchSemaphore(value: 0)
        future.whenComplete { _ in answered.signal() }
        let deadline = Date().addingTimeInterval(answerTimeout)
        while answered.wait(timeout: .now() + 0.2) == .timedOut {
            if connection.isClosed { throw gone }
            if Date() > deadline {
                throw CiteCheckError(.output, file: location.description,
                                     "history store: no answer from the PostgreSQL server in \(Int(answerTimeout)) s")
            }
        }
        return try future.wait().rows
    }

    private var gone: CiteCheckError {
        CiteCheckError(.output, file: location.description,
                       "history store: the PostgreSQL server closed the connection (is it still running?)")
    }

    /// One operation: its statements in a transaction, committed when `body` returns, rolled back
    /// when it throws. Errors become one line naming the store.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try wrap {
            try run("BEGIN")
            do {
                let value = try body()
                try run("COMMIT")
                return value
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    /// Holds `key`'s advisory lock until the transaction ends: another worker asking for it waits.
    func lockKey(_ key: String) throws {
        try run("SELECT pg_advisory_xact_lock(hashtext(\(key)))")
    }

    func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CiteCheckError {
            throw error
        } catch {
            throw CiteCheckError(.output, file: location.description, "history store: \(Self.describe(error))")
        }
    }

    /// postgres-nio's errors hide their details from `description`: the server's message, or what
    /// happened to the connection.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            return message + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        let cause = error.underlying.map { ": \($0)" } ?? ""
        switch error.code {
        case .serverClosedConnection, .uncleanShutdown:
            return "the PostgreSQL server closed the connection (is it still running?)\(cause)"
        case .connectionError:
            return "cannot reach the PostgreSQL server\(cause)"
        case .clientClosedConnection:
            return "the connection to the PostgreSQL server is closed\(cause)"
        default:
            return "PostgreSQL error \(error.code)\(cause)"
        }
    }

    // MARK: schema

    /// Applies the migrations not yet applied, under one advisory lock: workers starting at once on
    /// a new database wait for the first instead of creating the tables twice.
    private func migrate() throws {
        try transaction {
            try lockKey("citecheck:migrations")
            try run("CREATE TABLE IF NOT EXISTS citecheckMigration (identifier text PRIMARY KEY, appliedAt timestamptz NOT NULL)")
            let applied = Set(try run("SELECT identifier FROM citecheckMigration").map { try $0.decode(String.self) })
            for migration in PostgresMigrations.all where !applied.contains(migration.identifier) {
                // One statement at a time: the extended protocol takes no more (no statement holds a ";").
                for statement in migration.sql.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
                    try run(PostgresQuery(unsafeSQL: String(statement)))
                }
                try run("INSERT INTO citecheckMigration (identifier, appliedAt) VALUES (\(migration.identifier), \(Date()))")
            }
        }
    }

    func appliedMigrations() throws -> [String] {
        try transaction {
            try run("SELECT identifier FROM citecheckMigration ORDER BY appliedAt, identifier").map { try $0.decode(String.self) }
        }
    }

    func journalMode() throws -> String { "postgresql" }

    func integrityCheck() throws -> String {
        try transaction { try run("SELECT 1").isEmpty ? "no answer" : "ok" }
    }
}

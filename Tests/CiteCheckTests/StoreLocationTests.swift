import Foundation
import Testing
import CiteCheck

private func location(_ value: String, _ environment: [String: String] = ["USER": "ci"]) throws -> StoreLocation? {
    try StoreLocation.postgres(value, environment: environment)
}

@Test func aSQLiteFileIsNotAPostgresLocation() throws {
    #expect(try location(".citecheck/history.sqlite") == nil)
    #expect(try location("/var/cache/postgres/history.sqlite") == nil)
    #expect(try location("postgres.sqlite") == nil)
}

@Test func theIssuesURIFormIsReadWhole() throws {
    let found = try #require(try location("postgres://citecheck@db.example.internal:5433/audits"))
    #expect(found == StoreLocation(host: "db.example.internal", port: 5433, user: "citecheck", password: nil, database: "audits",
                                   sslMode: "prefer", connectTimeout: nil))
    #expect(found.socketPath == nil)
    #expect(found.description == "postgresql://citecheck@db.example.internal:5433/audits")
}

@Test func postgresqlSchemeUserPasswordAndPercentEncoding() throws {
    let found = try #require(try location("PostgreSQL://night%20job:s%3Acret%40x@10.0.0.7/citecheck?sslmode=require&application_name=cc"))
    #expect(found.user == "night job")
    #expect(found.password == "s:cret@x")
    #expect(found.host == "10.0.0.7")
    #expect(found.port == 5432)
    #expect(found.sslMode == "require")
    // The password never reaches a message.
    #expect(!found.description.contains("cret"))
}

@Test func aSocketFolderByQueryOrEncodedHost() throws {
    let byQuery = try #require(try location("postgresql:///citecheck?host=/tmp/pg-run&port=6543"))
    #expect(byQuery.host == "/tmp/pg-run")
    #expect(byQuery.socketPath == "/tmp/pg-run/.s.PGSQL.6543")
    #expect(byQuery.user == "ci")
    let encoded = try #require(try location("postgresql://ci@%2Fvar%2Frun%2Fpostgresql/citecheck"))
    #expect(encoded.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
    #expect(encoded.description == "postgresql://ci@/citecheck?host=/var/run/postgresql&port=5432")
}

@Test func anIPv6HostInBrackets() throws {
    let found = try #require(try location("postgres://u@[::1]:5434/d"))
    #expect(found.host == "::1")
    #expect(found.port == 5434)
    #expect(found.description == "postgresql://u@[::1]:5434/d")
}

@Test func theEnvironmentFillsWhatTheURILeavesOut() throws {
    let environment = ["PGHOST": "pg.internal", "PGPORT": "6000", "PGUSER": "worker", "PGDATABASE": "nightly",
                       "PGPASSWORD": "from-env", "PGSSLMODE": "disable", "USER": "root"]
    let bare = try #require(try location("postgres://", environment))
    #expect(bare == StoreLocation(host: "pg.internal", port: 6000, user: "worker", password: "from-env", database: "nightly",
                                  sslMode: "disable", connectTimeout: nil))
    // What the URI gives wins over the environment.
    let given = try #require(try location("postgres://other@given-host/db2?port=7000", environment))
    #expect(given.host == "given-host")
    #expect(given.user == "other")
    #expect(given.port == 7000)
    #expect(given.database == "db2")
    #expect(given.password == "from-env")
}

@Test func libpqDefaultsWithNothingGiven() throws {
    let found = try #require(try location("postgresql://", ["USER": "ci"]))
    #expect(found.host == StoreLocation.defaultSocketFolder)
    #expect(found.port == 5432)
    #expect(found.user == "ci")
    #expect(found.database == "ci")
}

@Test func badURIsAreOneLineUsageErrors() throws {
    for (value, message) in [
        ("postgres://u@h:99999/d", "invalid port"),
        ("postgres://u@h:port/d", "invalid port"),
        ("postgres://u@h/d?sslmode=sometimes", "invalid sslmode"),
        ("postgres://u@h/d?colour=blue", "invalid URI query parameter \"colour\""),
        ("postgres://u@h1:5432,h2:5432/d", "several hosts"),
        ("postgres://u:secret@[::1/d", "unterminated"),
    ] {
        #expect { try location(value) } throws: { error in
            guard let error = error as? CiteCheckError else { return false }
            return error.kind == .usage && error.description.contains(message) && !error.description.contains("secret")
        }
    }
}

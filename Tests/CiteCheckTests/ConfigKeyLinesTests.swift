@testable import CiteCheck
import Testing

@Suite struct ConfigKeyLinesTests {
    @Test func keysAndTablesByLine() {
        let lines = ConfigKeyLines.index("# c\ntimeout = 3\n\n[hosts.\"www.un.org\"]\n  interval=2\n[hosts.'a.b']\nuser-agent = \"x = y\"\n")
        #expect(lines["timeout"] == 2)
        #expect(lines["hosts.www.un.org"] == 4)
        #expect(lines["hosts.www.un.org.interval"] == 5)
        #expect(lines["hosts.a.b.user-agent"] == 7)
    }
}

@Suite struct ConfigFileParseTests {
    let keys: [String: ConfigValue.Kind] = ["timeout": .number, "exclude": .list, "offline": .flag, "max-body": .string]

    @Test func settingsBecomeCommandLineWordsInFileOrder() throws {
        let file = try ConfigFile.parse("offline = true\ntimeout = 10\nmax-body = 512\nexclude = \"a\\\\.b\"\n",
                                        path: "c.toml", keys: keys)
        #expect(file.arguments == ["--offline", "--timeout", "10", "--max-body", "512", "--exclude", "a\\.b"])
    }

    @Test func hostTablesBecomePolicies() throws {
        let file = try ConfigFile.parse("""
        [hosts."WWW.UN.ORG"]
        concurrency = 1
        interval = 500
        timeout = 5
        user-agent = "Mozilla/5.0"
        headers = { Accept-Language = "fr" }
        """, path: "c.toml", keys: keys)
        let policy = file.hosts["www.un.org"]
        #expect(policy == HostPolicy(concurrency: 1, intervalMs: 500, timeout: 5, headers: ["Accept-Language: fr"], userAgent: "Mozilla/5.0"))
        #expect(policy?.headers(over: ["accept-language: en", "X-A: 1"]) == ["X-A: 1", "Accept-Language: fr"])
    }

    @Test func badValuesNameLineAndKey() {
        #expect { try ConfigFile.parse("\n[hosts.\"x\"]\nconcurrency = 0\n", path: "c.toml", keys: keys) } throws: {
            ($0 as? CiteCheckError)?.description == "c.toml:3: hosts.x.concurrency: must be between 1 and 64, got 0"
        }
        // A host's own numbers are held to the flags' ranges: these would trap converting to C types.
        #expect { try ConfigFile.parse("[hosts.\"x\"]\nconcurrency = 9223372036854775807\n", path: "c.toml", keys: keys) } throws: {
            ($0 as? CiteCheckError)?.description == "c.toml:2: hosts.x.concurrency: must be between 1 and 64, got 9223372036854775807"
        }
        #expect { try ConfigFile.parse("[hosts.\"x\"]\ntimeout = 1e30\n", path: "c.toml", keys: keys) } throws: {
            ($0 as? CiteCheckError)?.description == "c.toml:2: hosts.x.timeout: must be more than 0 and at most 86400 s, got 1e+30"
        }
        #expect { try ConfigFile.parse("[hosts.\"x\"]\ninterval = -1\n", path: "c.toml", keys: keys) } throws: {
            ($0 as? CiteCheckError)?.description == "c.toml:2: hosts.x.interval: must be between 0 and 3600000 ms, got -1"
        }
        #expect { try ConfigFile.parse("exclude = [1, 2]\n", path: "c.toml", keys: keys) } throws: {
            ($0 as? CiteCheckError)?.description == "c.toml:1: exclude: must be an array of strings, not an array"
        }
    }
}

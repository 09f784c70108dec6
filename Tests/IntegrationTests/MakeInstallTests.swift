import Foundation
import Testing

/// `make install-files` (what `make install` runs after its release build) with the built binary,
/// into a temporary DESTDIR: the binary, the bash, zsh and fish completions and the man page, each
/// usable. The man page is swift-argument-parser's GenerateManual output, made by `make man`
/// (which `make test` runs before the tests: the plugin cannot run while `swift test` holds .build).
@Suite struct MakeInstallTests {
    static let manPage = CLI.repository.appendingPathComponent(".build/plugins/GenerateManual/outputs/citecheck/citecheck.1").path

    static func run(_ program: String, _ arguments: [String], cwd: String? = nil) throws -> CLI.Result {
        try CLI.run(program: program, arguments, cwd: cwd)
    }

    static func installed() throws -> (root: URL, prefix: URL) {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        try #require(FileManager.default.fileExists(atPath: manPage), "no man page at \(manPage): run `make man` (make test does)")
        let root = try CLI.temporaryFolder()
        let make = try run("make", ["--no-print-directory", "install-files", "BIN=\(CLI.binary)", "DESTDIR=\(root.path)", "PREFIX=/opt/cc"],
                           cwd: CLI.repository.path)
        #expect(make.status == 0, "\(make.stdout)\(make.stderr)")
        return (root, root.appendingPathComponent("opt/cc"))
    }

    @Test func installsTheBinaryThatRuns() throws {
        let (root, prefix) = try Self.installed()
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = prefix.appendingPathComponent("bin/citecheck").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let version = try Self.run(binary, ["--version"])
        #expect(version.status == 0 && version.stdout.contains("libcurl"), "\(version.stdout)\(version.stderr)")
    }

    @Test func installsCompletionsForBashZshAndFish() throws {
        let (root, prefix) = try Self.installed()
        defer { try? FileManager.default.removeItem(at: root) }
        let share = prefix.appendingPathComponent("share")
        let bash = try String(contentsOf: share.appendingPathComponent("bash-completion/completions/citecheck"), encoding: .utf8)
        let zsh = try String(contentsOf: share.appendingPathComponent("zsh/site-functions/_citecheck"), encoding: .utf8)
        let fish = try String(contentsOf: share.appendingPathComponent("fish/vendor_completions.d/citecheck.fish"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef citecheck"))
        #expect(fish.contains("complete -c 'citecheck'") || fish.contains("complete -c citecheck"))
        for script in [bash, zsh] {
            #expect(script.contains("check") && script.contains("--format") && script.contains("--exclude"))
        }
        #expect(fish.contains("check") && fish.contains("-l 'format'") && fish.contains("-l 'exclude'"))
        // bash loads it and registers the completion of `citecheck`.
        let path = share.appendingPathComponent("bash-completion/completions/citecheck").path
        let loaded = try Self.run("bash", ["-c", "source '\(path)' && complete -p citecheck"])
        #expect(loaded.status == 0 && loaded.stdout.contains("citecheck"), "\(loaded.stdout)\(loaded.stderr)")
    }

    @Test func installsAManPageThatGroffRenders() throws {
        let (root, prefix) = try Self.installed()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = prefix.appendingPathComponent("share/man/man1/citecheck.1").path
        let source = try String(contentsOfFile: page, encoding: .utf8)
        #expect(source.contains(".Dt CITECHECK 1") && source.contains(".Sh NAME"))
        // groff-base (make test-deps) renders it as `man -l` would.
        let rendered = try Self.run("groff", ["-mdoc", "-Tutf8", "-P-cbou", page])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(!rendered.stderr.contains("error"), "\(rendered.stderr)")
        for words in ["NAME", "citecheck", "SYNOPSIS", "check", "--format", "--exclude", "--doi-handle-api"] {
            #expect(rendered.stdout.contains(words), "\(words)")
        }
    }

    @Test func aMissingBinaryIsAOneLineError() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let make = try Self.run("make", ["--no-print-directory", "install-files", "BIN=\(root.path)/none", "DESTDIR=\(root.path)"],
                                cwd: CLI.repository.path)
        #expect(make.status != 0)
        #expect(make.stdout.contains("is not a built binary"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("usr/local/bin/citecheck").path))
    }
}

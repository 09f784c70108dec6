import Foundation

/// `--cacert` for the browser: Chromium on Linux trusts the NSS database under `$HOME/.pki/nssdb`,
/// so the run gets a home folder of its own whose database holds the file's certificates as trusted
/// CAs (with NSS's `certutil`), and every page's Chromium starts with HOME set to it. The user's own
/// NSS database is never touched.
public enum BrowserTrust {
    public static let certutilPackage = "libnss3-tools"

    /// Makes the folder and its database; the caller removes the folder when the run ends.
    public static func makeHome(caCert: String, certutil: String = "/usr/bin/certutil") throws -> String {
        guard access(certutil, X_OK) == 0 else {
            throw CiteCheckError(.usage, file: nil, "--browser with --cacert needs NSS's certutil: apt-get install \(certutilPackage)")
        }
        guard let pem = try? String(contentsOfFile: caCert, encoding: .utf8) else {
            throw CiteCheckError(.input, file: caCert, "--cacert file cannot be read")
        }
        let blocks = certificates(in: pem)
        guard !blocks.isEmpty else { throw CiteCheckError(.input, file: caCert, "no PEM certificate in the --cacert file") }
        var template = Array((NSTemporaryDirectory() + "citecheck-browser-home-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CiteCheckError(.output, file: nil, "cannot make the browser's home folder") }
        let home = String(cString: made)
        let database = home + "/.pki/nssdb"
        do {
            try FileManager.default.createDirectory(atPath: database, withIntermediateDirectories: true)
            try run(certutil, ["-N", "-d", "sql:" + database, "--empty-password"])
            for (index, block) in blocks.enumerated() {
                let file = home + "/ca-\(index).pem"
                try block.write(toFile: file, atomically: true, encoding: .utf8)
                try run(certutil, ["-A", "-d", "sql:" + database, "-n", "citecheck-ca-\(index)", "-t", "C,,", "-i", file])
            }
        } catch {
            try? FileManager.default.removeItem(atPath: home)
            throw CiteCheckError(.input, file: caCert, "the browser cannot trust these certificates: \(error)")
        }
        return home
    }

    /// Each "-----BEGIN CERTIFICATE-----" block of a PEM file (certutil reads one per call).
    static func certificates(in pem: String) -> [String] {
        let begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----"
        var out: [String] = []
        var rest = pem[...]
        while let b = rest.range(of: begin), let e = rest.range(of: end, range: b.upperBound..<rest.endIndex) {
            out.append(String(rest[b.lowerBound..<e.upperBound]) + "\n")
            rest = rest[e.upperBound...]
        }
        return out
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let result = try ProcessGroupRun(executable: executable, arguments: arguments, environment: [:], timeout: 30, maxOutput: 65_536).run()
        guard result.status == 0 else {
            throw CiteCheckError(.output, file: executable, "certutil \(arguments.first ?? "") failed (exit \(result.status.map(String.init) ?? "killed"))")
        }
    }
}

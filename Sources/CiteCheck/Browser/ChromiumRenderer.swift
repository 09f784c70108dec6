import Foundation

/// Renders one page in headless Chromium and returns its DOM after the scripts ran: `--dump-dom`
/// with a virtual-time budget, so a challenge that sets a cookie and reloads gets through, in a
/// fresh profile made for the page and removed after. Each page is a process group of its own,
/// killed whole when it is done or when its time is up.
public struct ChromiumRenderer: Sendable {
    public var options: BrowserOptions

    public init(options: BrowserOptions) {
        self.options = options
    }

    public struct Rendered: Sendable {
        /// The serialised DOM, or nil when the browser gave none.
        public var dom: [UInt8]?
        /// Why there is no DOM: a timeout, a crash, a refused address.
        public var problem: String?
    }

    public func arguments(for url: String, profile: String) -> [String] {
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
            "--disable-features=NetworkTimeServiceQuerying,Translate,MediaRouter",
            "--user-data-dir=\(profile)", "--virtual-time-budget=\(options.virtualTimeMs)",
        ]
        // Chromium refuses to run as root without it; the page still runs in its renderer.
        if getuid() == 0 { arguments.append("--no-sandbox") }
        if let rules = options.hostResolverRules { arguments.append("--host-resolver-rules=\(rules)") }
        if options.insecure { arguments.append("--ignore-certificate-errors") }
        if !options.trustedSPKI.isEmpty {
            arguments.append("--ignore-certificate-errors-spki-list=\(options.trustedSPKI.joined(separator: ","))")
        }
        return arguments + ["--dump-dom", url]
    }

    /// Only http and https: the same rule as libcurl's, for the address handed to the browser.
    public func render(_ url: String) -> Rendered {
        guard let parts = URLParts(url), parts.isHTTP, !parts.host.isEmpty else {
            return Rendered(dom: nil, problem: "not an http or https address")
        }
        let base = NSTemporaryDirectory() + "citecheck-browser-XXXXXX"
        var template = Array(base.utf8CString)
        guard let made = mkdtemp(&template) else { return Rendered(dom: nil, problem: "cannot make a browser profile folder") }
        let profile = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: profile) }
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = options.home ?? profile
        let run = ProcessGroupRun(executable: options.executable, arguments: arguments(for: url, profile: profile + "/profile"),
                                  environment: environment, timeout: options.timeout, maxOutput: options.maxDOM)
        do {
            let result = try run.run()
            if result.timedOut { return Rendered(dom: nil, problem: "the browser took more than \(Int(options.timeout)) s") }
            let trimmed = result.output.drop(while: { $0 == 0x20 || $0 == 0x0A })
            guard !trimmed.isEmpty else {
                return Rendered(dom: nil, problem: result.status == 0 ? "the browser rendered nothing" : "the browser failed (exit \(result.status.map(String.init) ?? "killed"))")
            }
            return Rendered(dom: Array(trimmed), problem: nil)
        } catch {
            return Rendered(dom: nil, problem: "\(error)")
        }
    }
}

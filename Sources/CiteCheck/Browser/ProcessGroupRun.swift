import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in a process group of its own and reads its standard output, with a deadline
/// and a cap on what is read: on either, and in any case once the program exits, the whole group
/// is killed, so a browser's helper processes (zygote, renderers, GPU) never outlive the run.
/// Foundation's `Process` cannot start a child in a new group, hence posix_spawn.
public struct ProcessGroupRun: Sendable {
    public var executable: String
    public var arguments: [String]
    public var environment: [String: String]
    public var timeout: TimeInterval
    public var maxOutput: Int

    public struct Result: Sendable {
        public var output: [UInt8]
        /// The exit status, or nil when the program was killed (deadline or output cap).
        public var status: Int32?
        public var timedOut: Bool
    }

    public init(executable: String, arguments: [String], environment: [String: String], timeout: TimeInterval, maxOutput: Int) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.timeout = timeout
        self.maxOutput = maxOutput
    }

    public func run() throws -> Result {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw CiteCheckError(.output, file: executable, "cannot make a pipe: \(errnoText)") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            throw CiteCheckError(.output, file: executable, "cannot start: \(String(cString: strerror(spawned)))")
        }

        var output: [UInt8] = []
        var timedOut = false
        var capped = false
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { timedOut = true; break }
            var poller = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, 1000)))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            let n = read(readEnd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output += buffer[0..<n]
            if output.count > maxOutput { capped = true; break }
        }
        close(readEnd)
        var status: Int32 = 0
        if timedOut || capped {
            kill(-pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
        } else {
            _ = waitpid(pid, &status, 0)
            // The main process is gone; its helpers may not be.
            kill(-pid, SIGKILL)
        }
        let exited = (status & 0x7f) == 0
        return Result(output: capped ? Array(output.prefix(maxOutput)) : output,
                      status: timedOut || capped || !exited ? nil : (status >> 8) & 0xff, timedOut: timedOut)
    }

    private var errnoText: String { String(cString: strerror(errno)) }
}

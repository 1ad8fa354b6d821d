import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A run of another program (the `claimgraph` executable) with its wall time
/// and peak memory, as the benchmark measures it from outside.
struct ChildProcess {
    /// What one run measured.
    struct Run {
        /// Seconds from spawning to the child's exit.
        var seconds: Double
        /// CPU seconds the child used, user and system, on all its threads.
        var cpuSeconds: Double
        /// Seconds from spawning to the first newline on the child's standard output, when captured.
        var firstLineSeconds: Double?
        /// The child's peak resident set size in bytes (`VmHWM`, sampled while it runs).
        var peakResidentBytes: Int
        /// The child's exit status.
        var status: Int32
    }

    /// Where the child's standard input comes from.
    enum Input {
        /// A file.
        case file(String)
        /// `bytes` repeated `times` times, written through a pipe by this process.
        case repeated(bytes: [UInt8], times: Int)
    }

    let executable: String
    let arguments: [String]

    /// Runs the child to its end. With `timesFirstLine`, its standard output
    /// is read through a pipe to time its first line; otherwise it goes to /dev/null.
    func run(input: Input, timesFirstLine: Bool = false) throws -> Run {
        let stdinFD: Int32
        var feedFD: Int32 = -1
        switch input {
        case .file(let path):
            stdinFD = open(path, O_RDONLY | O_CLOEXEC)
            guard stdinFD >= 0 else { throw BenchError("cannot open \(path)") }
        case .repeated:
            (stdinFD, feedFD) = try Self.pipe()
        }
        var stdoutFD: Int32
        var captureFD: Int32 = -1
        if timesFirstLine {
            (captureFD, stdoutFD) = try Self.pipe()
        } else {
            stdoutFD = open("/dev/null", O_WRONLY | O_CLOEXEC)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinFD, 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutFD, 1)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(stdinFD)
        close(stdoutFD)
        guard spawned == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(spawned)))") }

        // Not ru_maxrss: a child spawned with vfork counts this process's memory in it.
        var peak = 0
        if case .repeated(let bytes, let times) = input {
            bytes.withUnsafeBytes { raw in
                for _ in 0..<times {
                    guard Self.writeAll(feedFD, raw) else { break }
                    peak = max(peak, Self.peakResidentBytes(of: pid))
                }
            }
            close(feedFD)
        }
        var firstLine: Double?
        if captureFD >= 0 {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = read(captureFD, &buffer, buffer.count)
                if count <= 0 { break }
                if firstLine == nil, buffer[0..<count].contains(0x0A) { firstLine = Self.seconds(since: start) }
            }
            close(captureFD)
        }
        var status: Int32 = 0
        var usage = rusage()
        while true {
            peak = max(peak, Self.peakResidentBytes(of: pid))
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
            usleep(2000)
        }
        let seconds = Self.seconds(since: start)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(seconds: seconds, cpuSeconds: cpu, firstLineSeconds: firstLine, peakResidentBytes: peak, status: status)
    }

    /// The high-water mark of a running process's resident memory, in bytes (0 once it has exited).
    private static func peakResidentBytes(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
        return kilobytes * 1024
    }

    /// A pipe whose ends are closed in the child (only the ends dup'ed to its
    /// standard input and output stay open there), so it sees end of input.
    private static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw BenchError("pipe failed: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Writes all of `raw`; false once the reader has gone away.
    private static func writeAll(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < raw.count {
            let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

/// A benchmark set-up problem, such as a missing input file.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

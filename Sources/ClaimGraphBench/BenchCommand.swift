import ArgumentParser
import ClaimGraph
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimgraph-bench",
        abstract: "Measure ClaimGraph's throughput, start-up and peak memory against a plain whitespace split.",
        discussion: """
            Reads a JSONL file of documents ({"id","text"} per line) and, in each round, times a plain \
            whitespace split of the texts, tokenize + sentence split (the text layer, one thread), and \
            `claimgraph extract` end to end (JSONL in, JSONL out to /dev/null) with one job and with every \
            core, and as many independent one-job processes at once as there are cores: what the machine \
            itself gives parallel work, the ceiling for the jobs of one process. Words are whitespace-separated words, so every row counts the same words. Then it times \
            the first line of output for a one-line input, and streams the input repeated to --stream-mb \
            megabytes through standard input to measure peak memory. Use a release build \
            (Evaluation/benchmark.sh builds one and runs this).

            Example:
              claimgraph-bench --rounds 5 ../shared/texts/reuters-pool.jsonl
            """
    )

    @Argument(help: "The JSONL input.")
    var input: String

    @Option(help: "Rounds of each measurement; the table shows the best (least disturbed) round.")
    var rounds = 3

    @Option(help: "Size of the generated stream for the memory check, in megabytes (0 skips it).")
    var streamMB = 1024

    @Option(help: "The claimgraph executable (default: the one next to this program).")
    var claimgraph: String?

    func run() throws {
        let executable = claimgraph ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("claimgraph").path
        // A child that dies early must not kill the benchmark while it feeds the stream.
        signal(SIGPIPE, SIG_IGN)
        let jsonl = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input)))
        let texts = try Self.texts(of: jsonl, source: input)
        let textBytes = texts.reduce(0) { $0 + $1.utf8.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let segmenter = try Segmenter()

        print("# claimgraph-bench \(input)")
        print("machine: \(cores) cores, \(Self.cpuModel()); load average before: \(Self.loadAverage())")
        print("input: \(texts.count) documents, \(jsonl.count) bytes of JSONL, \(textBytes) bytes of text")

        var words = 0
        var best = [String: Timing]()
        var peak = [String: Int]()
        func record(_ name: String, _ timing: Timing) { best[name] = best[name].map { $0.best(timing) } ?? timing }
        let jobCounts = Set([1, cores]).sorted()
        for _ in 0..<rounds {
            record("split", Timing.measure { words = Self.whitespaceWords(texts) })
            var tokens = 0
            record("tokenize", Timing.measure {
                for text in texts {
                    var document = Document(id: "", text: text)
                    segmenter.segment(&document)
                    tokens += document.tokens.count + document.sentences.count
                }
            })
            precondition(tokens > 0)
            for jobs in jobCounts {
                let run = try ChildProcess(executable: executable, arguments: ["extract", "--jobs", "\(jobs)"]).run(input: .file(input))
                guard run.status == 0 else { throw BenchError("\(executable) extract exited with status \(run.status)") }
                record("extract-\(jobs)", Timing(wall: run.seconds, cpu: run.cpuSeconds))
                peak["extract-\(jobs)"] = max(peak["extract-\(jobs)"] ?? 0, run.peakResidentBytes)
            }
            if cores > 1 {
                record("processes", try Self.concurrentExtractions(executable: executable, input: input, count: cores))
            }
        }

        let tokenize = best["tokenize"]!
        func row(_ label: String, _ name: String, bytes: Int) {
            let timing = best[name]!
            let rss = peak[name].map { String(format: "%.0f", Double($0) / 1e6) } ?? ""
            print(String(format: "| %@ | %.3f | %.3f | %.0f | %.0f | %.1f | %.2f | %@ |", label, timing.wall, timing.cpu,
                         Double(words) / timing.wall, Double(words) / timing.cpu, Double(bytes) / timing.wall / 1e6,
                         tokenize.cpu / timing.cpu, rss))
        }
        print("\n\(words) words; best of \(rounds) rounds (wall and CPU time each at their best)\n")
        print("| what | wall s | CPU s | words/s (wall) | words per CPU-second | MB/s (wall) | vs tokenize-only (CPU) | peak RSS MB |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        row("whitespace split (in process; MB of text)", "split", bytes: textBytes)
        row("tokenize + sentence split, 1 thread (in process; MB of text)", "tokenize", bytes: textBytes)
        for jobs in jobCounts {
            row("claimgraph extract --jobs \(jobs) (end to end; MB of JSONL)", "extract-\(jobs)", bytes: jsonl.count)
        }
        if cores > 1, let one = best["extract-1"], let all = best["extract-\(cores)"], let processes = best["processes"] {
            // Each of the processes reads the whole input: they do `cores` times the work of one.
            let machine = Double(cores) * one.wall / processes.wall
            print(String(format: "\nwith %d jobs: %.2fx the words/s of one job (wall), %.0f%% of its CPU efficiency",
                         cores, one.wall / all.wall, one.cpu / all.cpu * 100))
            print(String(format: "%d independent one-job processes at once: %.2fx the words/s of one (wall), %.0f%% of its CPU "
                         + "efficiency; the %d jobs of one process reach %.0f%% of that",
                         cores, machine, Double(cores) * one.cpu / processes.cpu * 100, cores, one.wall / all.wall / machine * 100))
        }

        let line = Array(jsonl.prefix { $0 != 0x0A }) + [0x0A]
        let oneLine = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-bench-\(getpid()).jsonl")
        try Data(line).write(to: oneLine)
        defer { try? FileManager.default.removeItem(at: oneLine) }
        var firstLines = [Double]()
        for _ in 0..<max(5, rounds) {
            let run = try ChildProcess(executable: executable, arguments: ["extract"]).run(input: .file(oneLine.path), timesFirstLine: true)
            firstLines.append(run.firstLineSeconds ?? .infinity)
        }
        firstLines.sort()
        print(String(format: "\nfirst output line for a one-line input: median %.1f ms, best %.1f ms (%d runs)",
                     firstLines[firstLines.count / 2] * 1000, firstLines[0] * 1000, firstLines.count))

        if streamMB > 0 {
            let times = max(1, (streamMB * 1_000_000 + jsonl.count - 1) / jsonl.count)
            var stream = jsonl
            if stream.last != 0x0A { stream.append(0x0A) }
            let run = try ChildProcess(executable: executable, arguments: ["extract"])
                .run(input: .repeated(bytes: stream, times: times))
            guard run.status == 0 else { throw BenchError("\(executable) extract exited with status \(run.status)") }
            print(String(format: "\nstream: input repeated %d times (%.0f MB, %d words) through standard input, %d jobs: "
                         + "%.1f s wall, %.1f CPU s, %.0f words/s, %.1f MB/s, peak RSS %.0f MB",
                         times, Double(stream.count * times) / 1e6, words * times, cores, run.seconds, run.cpuSeconds,
                         Double(words * times) / run.seconds, Double(stream.count * times) / run.seconds / 1e6,
                         Double(run.peakResidentBytes) / 1e6))
        }
        print("\nload average after: \(Self.loadAverage())")
    }

    /// Wall-clock and CPU time of one measurement.
    struct Timing {
        var wall: Double
        var cpu: Double

        /// Times `body` on this thread.
        static func measure(_ body: () -> Void) -> Timing {
            let start = ContinuousClock.now
            let cpuStart = threadCPUSeconds()
            body()
            return Timing(wall: ChildProcess.seconds(since: start), cpu: threadCPUSeconds() - cpuStart)
        }

        /// The better of two timings, wall and CPU time each.
        func best(_ other: Timing) -> Timing {
            Timing(wall: min(wall, other.wall), cpu: min(cpu, other.cpu))
        }

        private static func threadCPUSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }

    /// Times `count` one-job extractions of the whole input running at once,
    /// from the first spawn to the last exit; CPU time is theirs summed.
    static func concurrentExtractions(executable: String, input: String, count: Int) throws -> Timing {
        let runs = Mutex<[Result<ChildProcess.Run, any Error>]>([])
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: count) { _ in
            let run = Result { try ChildProcess(executable: executable, arguments: ["extract", "--jobs", "1"]).run(input: .file(input)) }
            runs.withLock { $0.append(run) }
        }
        let wall = ChildProcess.seconds(since: start)
        var cpu = 0.0
        for result in runs.withLock({ $0 }) {
            let run = try result.get()
            guard run.status == 0 else { throw BenchError("\(executable) extract exited with status \(run.status)") }
            cpu += run.cpuSeconds
        }
        return Timing(wall: wall, cpu: cpu)
    }

    /// The texts of the JSONL documents, parsed before any timing.
    static func texts(of jsonl: [UInt8], source: String) throws -> [String] {
        var texts = [String]()
        var lineNumber = 0
        for line in jsonl.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            texts.append(try Document(jsonLine: line, source: source, lineNumber: lineNumber).text)
        }
        return texts
    }

    /// The number of words separated by ASCII white space: the cheapest
    /// possible pass over the same bytes, a floor for any tokenizer.
    static func whitespaceWords(_ texts: [String]) -> Int {
        var words = 0
        for text in texts {
            text.utf8.withContiguousStorageIfAvailable { bytes in
                var inWord = false
                for byte in bytes {
                    let isSpace = byte == 0x20 || byte &- 0x09 < 5
                    if !isSpace, !inWord { words += 1 }
                    inWord = !isSpace
                }
            }
        }
        return words
    }

    static func cpuModel() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }
}

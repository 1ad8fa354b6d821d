import ArgumentParser
import ClaimGraph
import Foundation
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
            core. Words are whitespace-separated words, so every row counts the same words. Then it times \
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
        var best = [String: Double]()
        var peak = [String: Int]()
        func record(_ name: String, _ seconds: Double) { best[name] = min(best[name] ?? .infinity, seconds) }
        for _ in 0..<rounds {
            var start = ContinuousClock.now
            words = Self.whitespaceWords(texts)
            record("split", ChildProcess.seconds(since: start))

            start = ContinuousClock.now
            var tokens = 0
            for text in texts {
                var document = Document(id: "", text: text)
                segmenter.segment(&document)
                tokens += document.tokens.count + document.sentences.count
            }
            record("tokenize", ChildProcess.seconds(since: start))
            precondition(tokens > 0)

            for jobs in Set([1, cores]).sorted() {
                let child = ChildProcess(executable: executable, arguments: ["extract", "--jobs", "\(jobs)"])
                let run = try child.run(input: .file(input))
                guard run.status == 0 else { throw BenchError("\(executable) extract exited with status \(run.status)") }
                record("extract-\(jobs)", run.seconds)
                peak["extract-\(jobs)"] = max(peak["extract-\(jobs)"] ?? 0, run.peakResidentBytes)
            }
        }

        func row(_ label: String, _ name: String, bytes: Int) {
            let seconds = best[name]!
            let rss = peak[name].map { String(format: "%.0f", Double($0) / 1e6) } ?? ""
            print(String(format: "| %@ | %.3f | %.0f | %.1f | %.2f | %@ |", label, seconds, Double(words) / seconds,
                         Double(bytes) / seconds / 1e6, best["tokenize"]! / seconds, rss))
        }
        print("\n\(words) words; best of \(rounds) rounds\n")
        print("| what | seconds | words/s | MB/s | vs tokenize-only | peak RSS MB |")
        print("|---|---:|---:|---:|---:|---:|")
        row("whitespace split (in process, text bytes)", "split", bytes: textBytes)
        row("tokenize + sentence split, 1 thread (in process, text bytes)", "tokenize", bytes: textBytes)
        for jobs in Set([1, cores]).sorted() {
            row("claimgraph extract --jobs \(jobs) (end to end, JSONL bytes)", "extract-\(jobs)", bytes: jsonl.count)
        }
        if let one = best["extract-1"], let all = best["extract-\(cores)"], cores > 1 {
            print(String(format: "\nspeed-up with %d jobs: %.2fx", cores, one / all))
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
                         + "%.1f s, %.0f words/s, %.1f MB/s, peak RSS %.0f MB",
                         times, Double(stream.count * times) / 1e6, words * times, cores, run.seconds,
                         Double(words * times) / run.seconds, Double(stream.count * times) / run.seconds / 1e6,
                         Double(run.peakResidentBytes) / 1e6))
        }
        print("\nload average after: \(Self.loadAverage())")
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

import Foundation
import Testing
@testable import ClaimGraph
@testable import ClaimGraphCLI

/// The parallel path must write exactly what one worker writes: same records,
/// same order, same lines reported.
@Suite struct ExtractionRunTests {
    /// The paragraphs of the corpus documents shipped in the repository (news
    /// and filings) as JSONL, with malformed lines, a blank line and a
    /// non-ASCII, astral-plane document mixed in, so that errors and offsets
    /// are checked in order too.
    static func input() throws -> [UInt8] {
        let corpus = CaseTable.projectRoot.appendingPathComponent("Corpus")
        var lines = [String]()
        for split in ["dev", "test"] {
            let folder = corpus.appendingPathComponent(split)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for (index, paragraph) in text.split(separator: "\n").enumerated() {
                    let record = ["id": "\(name)#\(index)", "text": String(paragraph), "date": "1987-03-02"]
                    let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
                    lines.append(String(decoding: json, as: UTF8.self))
                }
            }
        }
        lines = Array(lines.prefix(400))
        try #require(lines.count == 400)
        lines.insert(#"{"id": "no-text", "title": "MISSING"}"#, at: 3)
        lines.insert("not json at all", at: 50)
        lines.insert("", at: 120)
        lines.insert(#"{"id": "astral", "text": "Meta’s “AI” push 🚀 cost $72 billion — Zoë said.\r\nNext line."}"#, at: 121)
        lines.insert(#"{"id": "bad-date", "text": "Fine text.", "date": "1987-02-30"}"#, at: 300)
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Runs `extract` over `input` with `jobs` workers; returns the output bytes and the skip count.
    static func extract(_ input: [UInt8], jobs: Int, window: Int? = nil) throws -> (output: [UInt8], skipped: Int) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputPath = directory.appendingPathComponent("in.jsonl").path
        let outputPath = directory.appendingPathComponent("out.jsonl").path
        try Data(input).write(to: URL(fileURLWithPath: inputPath))
        let descriptor = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        var run = try ExtractionRun(pipeline: Pipeline(), options: .init(), jobs: jobs, window: window,
                                    output: OutputStream(descriptor: descriptor))
        run.processJSONL(try LineReader(path: inputPath), source: "in.jsonl")
        run.finish()
        close(descriptor)
        return (Array(try Data(contentsOf: URL(fileURLWithPath: outputPath))), run.skipped)
    }

    @Test(arguments: [(jobs: 4, window: nil), (jobs: 2, window: 2), (jobs: 3, window: 7)] as [(jobs: Int, window: Int?)])
    func parallelOutputIsByteIdenticalToOneJob(jobs: Int, window: Int?) throws {
        let input = try Self.input()
        let single = try Self.extract(input, jobs: 1)
        let parallel = try Self.extract(input, jobs: jobs, window: window)
        #expect(single.skipped == 3)
        #expect(single.output.split(separator: 0x0A).count == 401)
        #expect(parallel.skipped == single.skipped)
        #expect(parallel.output == single.output)
    }
}

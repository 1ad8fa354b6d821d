import Foundation
import Testing

/// The `claimgraph` executable run as a user runs it: exit codes, standard
/// output and the error messages on standard error.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The built `claimgraph`, next to the test bundle in the build folder.
    static let binary: URL? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("claimgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static func run(_ arguments: [String], input: [UInt8] = []) throws -> Run {
        let binary = try #require(binary, "claimgraph was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: String(decoding: errors, as: UTF8.self))
    }

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func extractsAPlainTextFileWithItsNameAsId() throws {
        let path = try Self.temporaryFile("note.txt", Array("Dr. Jones met the U.S. Senate.\r\nIt went well 🚀.".utf8))
        let run = try Self.run(["extract", "--format", "jsonl", "--date", "2025-05-15", path])
        #expect(run.status == 0, "\(run.errors)")
        let records = try Self.records(run.output)
        #expect(records.count == 1)
        #expect(records[0]["id"] as? String == "note.txt")
        #expect(records[0]["date"] as? String == "2025-05-15")
        let sentences = try #require(records[0]["sentences"] as? [[String: Int]])
        #expect(sentences.map { [$0["start"]!, $0["end"]!] } == [[0, 30], [32, 47]], "the rocket is one code point")
        #expect(records[0]["entities"] is [Any])
        #expect(records[0]["claims"] is [Any])
    }

    @Test func malformedJSONLLineIsReportedAndTheRestProcessed() throws {
        let input = """
            {"id": "a", "text": "First."}
            {"id": "b", "text": "Broken
            not json at all

            {"id": "c", "text": "Third.", "date": "2025-05-15"}
            """
        let run = try Self.run(["extract"], input: Array(input.utf8))
        #expect(run.status == 1)
        #expect(try Self.records(run.output).map { $0["id"] as? String } == ["a", "c"])
        #expect(run.errors.contains("<stdin>:2:"))
        #expect(run.errors.contains("<stdin>:3:1:"))
        #expect(run.errors.split(separator: "\n").count == 2)
    }

    @Test func invalidUTF8IsReportedWithItsByteOffsetAndSkipped() throws {
        let bad = try Self.temporaryFile("bad.txt", Array("Meta said".utf8) + [0xC3, 0x28] + Array(" more".utf8))
        let good = try Self.temporaryFile("good.txt", Array("Good text.".utf8))
        let run = try Self.run(["extract", bad, good])
        #expect(run.status == 1)
        #expect(run.errors.contains("bad.txt: byte 9: invalid UTF-8"))
        #expect(try Self.records(run.output).map { $0["id"] as? String } == ["good.txt"])
    }

    @Test func invalidUTF8InAJSONLLineNamesTheLine() throws {
        let input = Array(#"{"id": "a", "text": "ok"}"#.utf8) + [0x0A] + Array(#"{"id": "b", "text": "x"#.utf8) + [0xFF] + Array(#""}"#.utf8) + [0x0A]
        let run = try Self.run(["extract"], input: input)
        #expect(run.status == 1)
        #expect(run.errors.contains("<stdin>:2:"))
        #expect(run.errors.contains("invalid UTF-8"))
        #expect(try Self.records(run.output).count == 1)
    }

    @Test func missingFileIsNamedAndOtherFilesStillRun() throws {
        let good = try Self.temporaryFile("good.txt", Array("Good text.".utf8))
        let run = try Self.run(["extract", "/nonexistent/missing.txt", good])
        #expect(run.status == 1)
        #expect(run.errors.contains("/nonexistent/missing.txt: No such file or directory"))
        #expect(try Self.records(run.output).count == 1)
    }

    @Test func emptyInputGivesNoOutputAndSuccess() throws {
        let run = try Self.run(["extract"], input: [])
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        let empty = try Self.temporaryFile("empty.txt", [])
        let file = try Self.run(["extract", empty])
        #expect(file.status == 0)
        #expect(try Self.records(file.output).first?["sentences"] as? [Any] != nil)
    }

    @Test func badDateIsAUsageError() throws {
        let run = try Self.run(["extract", "--date", "2025-13-01", "x.txt"])
        #expect(run.status == 64)
        #expect(run.errors.contains("--date"))
    }

    @Test func helpExplainsEveryOptionWithExamples() throws {
        let run = try Self.run(["help", "extract"])
        #expect(run.status == 0)
        for option in ["--format", "--input", "--date", "--tokens", "Examples:"] {
            #expect(run.output.contains(option), "help lacks \(option)")
        }
    }
}

import Foundation
import Testing
@testable import ClaimGraph

@Suite struct DocumentInputTests {
    func document(_ line: String) throws(ClaimGraphError) -> Document {
        try Document(jsonLine: Array(line.utf8), source: "in.jsonl", lineNumber: 3)
    }

    @Test func readsIdTextDateAndOrg() throws {
        let document = try document(#"{"id": "reuters-1", "text": "Meta’s plan", "date": "1987-02-26", "org": "Abbott"}"#)
        #expect(document.id == "reuters-1")
        #expect(document.text == "Meta’s plan")
        #expect(document.date == CalendarDate(year: 1987, month: 2, day: 26))
        #expect(document.organization == "Abbott")
    }

    @Test func defaultsTheIdToSourceAndLine() throws {
        #expect(try document(#"{"text": "x"}"#).id == "in.jsonl:3")
        #expect(try document(#"{"id": 42, "text": "x"}"#).id == "42")
    }

    @Test(arguments: [
        (#"{"id": "a", "text": 5}"#, #"in.jsonl:3: missing string field "text""#),
        (#"["text"]"#, "in.jsonl:3:1: expected a JSON object"),
        (#"{"text": "x", "date": "May 15"}"#, #"in.jsonl:3: field "date" must be a YYYY-MM-DD string"#),
        (#"{"text": "x", "date": "2025-02-30"}"#, #"in.jsonl:3: field "date" must be a YYYY-MM-DD string"#),
        (#"{"text": "x",}"#, "in.jsonl:3:14: expected a string key"),
    ])
    func malformedLinesNameFileLineAndColumn(_ line: String, _ message: String) {
        do {
            _ = try document(line)
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.description == message)
        }
    }

    /// Lines read in one pass must give the same document as the general
    /// parser: text, UTF-16, surrogate offsets, and the other fields.
    @Test(arguments: [
        #"{"id": "a", "text": "Plain ASCII text, long enough for several eight-byte blocks."}"#,
        #"{"text": "Zo\u00eb said \"\u20ac72\"\nthen \ud83d\ude80, a lone \ud800 and \t\/\\ end", "date": null}"#,
        "{\"text\": \"Café — “Meta’s” 🚀 plan 日本 in 2025 and 🚀🚀 again, plus é\"}",
        #"{"text": "first", "id": 7, "text": "second wins", "org": "Acme", "extra": [1, {"a": null}, true]}"#,
        " \t{ \"text\" : \"spaced\" , \"id\" : \"s\" } ",
        #"{"text": ""}"#,
    ])
    func onePassReadingMatchesTheGeneralParser(_ line: String) throws {
        let document = try document(line)
        let general = try Document(json: JSONValue.parse(Array(line.utf8)), source: "in.jsonl", lineNumber: 3)
        #expect(document.text == general.text)
        #expect(document.utf16 == general.utf16)
        #expect(document.trailingSurrogates == general.trailingSurrogates)
        #expect(document.id == general.id)
        #expect(document.date == general.date)
        #expect(document.organization == general.organization)
    }

    @Test(arguments: [
        ([0xFF], 15),
        ([0xC0, 0x80], 15),
        ([0xED, 0xA0, 0x80], 15),
        ([0xF4, 0x90, 0x80, 0x80], 15),
        ([0xE2, 0x82], 15),
    ] as [([UInt8], Int)])
    func invalidUTF8InTheTextIsReportedByColumn(_ bad: [UInt8], _ column: Int) {
        let line = Array(#"{"text": "abcd"#.utf8) + bad + Array(#"efgh"}"#.utf8)
        do {
            _ = try Document(jsonLine: line, source: "in.jsonl", lineNumber: 3)
            Issue.record("accepted invalid UTF-8 \(bad)")
        } catch {
            #expect(error.description.hasPrefix("in.jsonl:3:\(column): invalid UTF-8"), "\(error)")
        }
    }
}

@Suite struct LineReaderTests {
    func reader(_ bytes: [UInt8], chunkSize: Int) throws -> LineReader {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-lines-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try LineReader(path: path)
    }

    @Test(arguments: [1, 3, 1 << 20])
    func splitsLFAndCRLFLinesWhateverTheChunkSize(_ chunkSize: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-lines-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data("one\r\ntwo\n\nthree — 🚀".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        let reader = LineReader(descriptor: descriptor, closesDescriptor: true, chunkSize: chunkSize)
        var lines = [String]()
        while let line = try reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["one", "two", "", "three — 🚀"])
        #expect(reader.lineNumber == 4)
    }

    @Test func namesAMissingFile() {
        #expect(throws: ClaimGraphError.unreadableFile(path: "/nonexistent/x.jsonl", reason: "No such file or directory")) {
            try LineReader(path: "/nonexistent/x.jsonl")
        }
    }
}

@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([0x61, 0x62], nil),
        ([0x61, 0xFF, 0x62], 1),
        ([0xE2, 0x80, 0x94, 0xC3], 3),
        ([0xF0, 0x9F, 0x9A, 0x80, 0xED, 0xA0, 0x80], 4),
    ] as [([UInt8], Int?)])
    func findsTheFirstInvalidByte(_ bytes: [UInt8], _ offset: Int?) {
        #expect(UTF8Validation.firstInvalidByte(in: bytes) == offset)
    }
}

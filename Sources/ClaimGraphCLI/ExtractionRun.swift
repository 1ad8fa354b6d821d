import ClaimGraph
#if canImport(Glibc)
import Glibc
#endif

/// One `extract` or `graph` invocation's documents: reads and processes them
/// in order and writes each as a JSONL line, or adds its claims to a claim
/// graph; reports and counts what it has to skip.
struct ExtractionRun {
    let worker: Pipeline.Worker
    let options: Document.JSONOptions
    var output = OutputStream.standardOutput
    var json = JSONWriter()
    var skipped = 0
    /// The claim graph the documents go into instead of standard output, if any.
    var network: ClaimNetwork?

    init(pipeline: Pipeline, options: Document.JSONOptions) {
        // A worker only fails to start when ICU cannot clone an iterator it just opened.
        self.worker = try! pipeline.makeWorker()
        self.options = options
    }

    /// Reads `files` (standard input when there are none): text files as one
    /// document each, JSONL line by line, as `input` says.
    mutating func read(files: [String], input: InputKind, date: CalendarDate?) {
        if files.isEmpty {
            if input == .text {
                processText(LineReader(), source: "<stdin>", id: "stdin", date: date)
            } else {
                processJSONL(LineReader(), source: "<stdin>")
            }
        }
        for file in files {
            let reader: LineReader
            do {
                reader = try LineReader(path: file)
            } catch {
                Diagnostics.report(error)
                skipped += 1
                continue
            }
            if input == .jsonl || (input == .auto && file.hasSuffix(".jsonl")) {
                processJSONL(reader, source: file)
            } else {
                processText(reader, source: file, id: Self.documentID(file), date: date)
            }
        }
    }

    /// The file name without its folders.
    static func documentID(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    mutating func processText(_ reader: LineReader, source: String, id: String, date: CalendarDate?) {
        do {
            let bytes = try reader.readAll()
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ClaimGraphError.invalidUTF8(source: source, line: nil, byteOffset: UTF8Validation.firstInvalidByte(in: bytes) ?? 0)
            }
            emit(Document(id: id, text: text, date: date))
        } catch {
            Diagnostics.report(error)
            skipped += 1
        }
    }

    mutating func processJSONL(_ reader: LineReader, source: String) {
        while true {
            let line: ArraySlice<UInt8>
            do {
                guard let next = try reader.nextLine() else { return }
                line = next
            } catch {
                Diagnostics.report(error)
                skipped += 1
                return
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                emit(try Document(jsonLine: line, source: source, lineNumber: reader.lineNumber))
            } catch {
                Diagnostics.report(error)
                skipped += 1
            }
        }
    }

    mutating func emit(_ document: Document) {
        var document = document
        worker.process(&document)
        if network != nil {
            network!.add(document)
            return
        }
        json.reset()
        document.writeJSON(to: &json, options: options)
        json.newline()
        output.write(json.bytes)
    }

    mutating func finish() {
        output.flush()
    }
}

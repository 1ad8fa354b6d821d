import ClaimGraph

/// One `extract` or `graph` invocation's documents: reads them, has a
/// ``BatchProcessor`` process them on all workers, and, in input order, writes
/// each as a JSONL line or adds its claims to a claim graph; reports and
/// counts what it has to skip.
struct ExtractionRun {
    let processor: BatchProcessor<ExtractionInput, Result<ExtractionOutput, ClaimGraphError>>
    var output: OutputStream
    var skipped = 0
    /// The claim graph the documents go into instead of standard output, if any.
    private(set) var network: ClaimNetwork?

    /// - Parameter buildsGraph: collect the documents' claims in ``network``
    ///   rather than writing JSONL records.
    init(pipeline: Pipeline, options: Document.JSONOptions, jobs: Int?, window: Int? = nil,
         output: OutputStream = .standardOutput, buildsGraph: Bool = false) throws(ClaimGraphError) {
        self.output = output
        self.network = buildsGraph ? ClaimNetwork() : nil
        let recordOptions = buildsGraph ? nil : options
        processor = try BatchProcessor(pipeline: pipeline, jobs: jobs, window: window) { input, worker in
            input.extract(with: worker, recordOptions: recordOptions)
        }
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
            submit(.text(bytes: try reader.readAll(), source: source, id: id, date: date))
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
            submit(.jsonLine(bytes: Array(line), source: source, line: reader.lineNumber))
        }
    }

    /// Waits for every document in flight and writes what is left.
    mutating func finish() {
        let processor = processor
        processor.finish { write($0) }
        output.flush()
    }

    private mutating func submit(_ input: ExtractionInput) {
        let processor = processor
        processor.submit(input) { write($0) }
    }

    private mutating func write(_ result: Result<ExtractionOutput, ClaimGraphError>) {
        switch result {
        case .success(.record(let record)):
            output.write(record)
        case .success(.document(let document)):
            network?.add(document)
        case .failure(let error):
            Diagnostics.report(error)
            skipped += 1
        }
    }
}

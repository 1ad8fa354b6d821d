import ClaimGraph

/// One `extract` invocation's documents: reads them, has a ``BatchProcessor``
/// extract them on all workers, and writes the records in input order,
/// reporting and counting what it has to skip.
struct ExtractionRun {
    let processor: BatchProcessor<ExtractionInput, Result<[UInt8], ClaimGraphError>>
    var output: OutputStream
    var skipped = 0

    init(pipeline: Pipeline, options: Document.JSONOptions, jobs: Int?, window: Int? = nil,
         output: OutputStream = .standardOutput) throws(ClaimGraphError) {
        self.output = output
        processor = try BatchProcessor(pipeline: pipeline, jobs: jobs, window: window) { input, worker in
            input.extract(with: worker, options: options)
        }
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

    mutating func finish() {
        let processor = processor
        processor.finish { write($0) }
        output.flush()
    }

    private mutating func submit(_ input: ExtractionInput) {
        let processor = processor
        processor.submit(input) { write($0) }
    }

    private mutating func write(_ result: Result<[UInt8], ClaimGraphError>) {
        switch result {
        case .success(let record):
            output.write(record)
        case .failure(let error):
            Diagnostics.report(error)
            skipped += 1
        }
    }
}

import ClaimGraph
#if canImport(Glibc)
import Glibc
#endif

/// One `extract` invocation's documents: reads, processes and writes them in
/// order, reporting and counting what it has to skip.
struct ExtractionRun {
    let worker: Pipeline.Worker
    let options: Document.JSONOptions
    var output = OutputStream.standardOutput
    var json = JSONWriter()
    var skipped = 0

    init(pipeline: Pipeline, options: Document.JSONOptions) {
        // A worker only fails to start when ICU cannot clone an iterator it just opened.
        self.worker = try! pipeline.makeWorker()
        self.options = options
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
        json.reset()
        document.writeJSON(to: &json, options: options)
        json.newline()
        output.write(json.bytes)
    }

    mutating func finish() {
        output.flush()
    }
}

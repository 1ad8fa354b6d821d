import Foundation
import Testing
@testable import ClaimGraph

@Suite struct BatchProcessorTests {
    /// Inputs that take very different times still come back in order, with
    /// the window full most of the time, and the processor takes more input
    /// after `finish`.
    @Test(arguments: [(jobs: 1, window: nil), (jobs: 4, window: 5), (jobs: 3, window: 64), (jobs: 2, window: 1)] as [(jobs: Int, window: Int?)])
    func deliversInInputOrder(jobs: Int, window: Int?) throws {
        let processor = try BatchProcessor<Int, Int>(pipeline: Pipeline(), jobs: jobs, window: window) { input, _ in
            usleep(UInt32((input * 7919) % 13) * 50)
            return input * 2
        }
        var delivered = [Int]()
        for input in 0..<500 {
            processor.submit(input) { delivered.append($0) }
        }
        processor.finish { delivered.append($0) }
        #expect(delivered == (0..<500).map { $0 * 2 })
        for input in 500..<520 {
            processor.submit(input) { delivered.append($0) }
        }
        processor.finish { delivered.append($0) }
        #expect(delivered == (0..<520).map { $0 * 2 })
    }

    @Test func keepsNoMoreThanTheWindowInFlight() throws {
        let inFlight = Counter()
        let processor = try BatchProcessor<Int, Int>(pipeline: Pipeline(), jobs: 3, window: 6) { input, _ in
            inFlight.add(1)
            return input
        }
        var delivered = 0
        for input in 0..<300 {
            processor.submit(input) { _ in delivered += 1 }
            #expect(inFlight.value - delivered <= processor.window)
        }
        processor.finish { _ in delivered += 1 }
        #expect(delivered == 300)
    }

    @Test func processesABatchLikeOneDocumentAtATime() throws {
        let pipeline = try Pipeline()
        let texts = [
            "Meta plans to spend up to $72 billion on AI this year, Mark Zuckerberg said on Tuesday.",
            "",
            "Apple Inc. said on Jan. 5 it would buy back $90 billion of stock. 🚀",
            "Dr. Jones joined the U.S. Senate in May 2024.",
        ]
        let documents = (0..<40).map { Document(id: "d\($0)", text: texts[$0 % texts.count], date: CalendarDate("2025-05-15")) }
        let parallel = try pipeline.process(documents, jobs: 3)
        let sequential = try documents.map { document throws(ClaimGraphError) in try pipeline.process(document) }
        #expect(parallel.map(\.id) == documents.map(\.id))
        #expect(parallel.map(Self.json) == sequential.map(Self.json))
    }

    static func json(_ document: Document) -> [UInt8] {
        var writer = JSONWriter()
        document.writeJSON(to: &writer)
        return writer.bytes
    }
}

/// A counter the worker threads bump.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ amount: Int) { lock.withLock { count += amount } }
}

import Foundation

/// A pool of threads that runs a pipeline over a stream of inputs and hands
/// back the results in input order, with a bounded number of inputs in flight.
///
/// Each thread owns a ``Pipeline/Worker`` (its own ICU iterators) and applies
/// `transform` to one input at a time; the pipeline's stages and lexicons are
/// shared read-only. `submit` and `finish` call `deliver` on the calling thread,
/// strictly in the order the inputs were submitted, so the output never depends
/// on the number of jobs. At most `window` inputs are in flight: `submit` waits
/// for the oldest one when the window is full, which keeps memory bounded
/// however long the stream is.
///
///     let processor = try BatchProcessor<Document, Document>(pipeline: pipeline) { document, worker in
///         var document = document
///         worker.process(&document)
///         return document
///     }
///     for document in documents {
///         processor.submit(document) { print($0.id, $0.entities.count) }
///     }
///     processor.finish { print($0.id, $0.entities.count) }
///
/// A processor belongs to the thread that made it; its threads stop when it is released.
public final class BatchProcessor<Input: Sendable, Output: Sendable> {
    /// The number of threads that run `transform`.
    public let jobs: Int
    /// The most inputs in flight (queued or being processed) at once.
    public let window: Int
    private let transform: @Sendable (Input, Pipeline.Worker) -> Output
    /// With one job the caller's thread does the work: no threads, no hand-offs.
    private let inlineWorker: Pipeline.Worker?
    /// Threads take inputs in chunks, so that handing work over (a lock and a
    /// semaphore or two) costs little next to the work itself.
    private let queue: OrderedWorkQueue<[Input], [Output]>?
    private let chunkSize: Int
    private var chunk: [Input] = []
    private var submittedChunks = 0
    private var deliveredChunks = 0

    /// Starts the threads.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline whose workers run `transform`.
    ///   - jobs: The number of threads; nil for one per core.
    ///   - window: The most inputs in flight; nil for 64 per job.
    ///   - transform: The work for one input, run on one of the threads.
    public init(pipeline: Pipeline, jobs: Int? = nil, window: Int? = nil,
                transform: @escaping @Sendable (Input, Pipeline.Worker) -> Output) throws(ClaimGraphError) {
        let jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.jobs = jobs
        self.window = max(jobs, window ?? 64 * jobs)
        self.transform = transform
        // Four chunks per thread keep every thread busy while the oldest is delivered.
        chunkSize = max(1, min(16, self.window / (4 * jobs)))
        if jobs == 1 {
            inlineWorker = try pipeline.makeWorker()
            queue = nil
            return
        }
        // Every worker exists before any thread starts, so that a failure leaves no thread behind.
        var workers = [UncheckedSendable<Pipeline.Worker>]()
        for _ in 0..<jobs { workers.append(UncheckedSendable(try pipeline.makeWorker())) }
        inlineWorker = nil
        let queue = OrderedWorkQueue<[Input], [Output]>(capacity: max(1, self.window / chunkSize))
        self.queue = queue
        for worker in workers {
            Thread {
                queue.serve { chunk in chunk.map { transform($0, worker.value) } }
            }.start()
        }
    }

    deinit {
        queue?.stop(workers: jobs)
    }

    /// Queues one input, then delivers every output that is ready, in order.
    /// Waits for the oldest inputs in flight when the window is full.
    public func submit(_ input: Input, deliver: (Output) -> Void) {
        guard let queue else {
            deliver(transform(input, inlineWorker!))
            return
        }
        chunk.append(input)
        guard chunk.count == chunkSize else { return }
        putChunk(deliver: deliver)
        while deliveredChunks < submittedChunks, let outputs = queue.output(at: deliveredChunks, waiting: false) {
            outputs.forEach(deliver)
            deliveredChunks += 1
        }
    }

    /// Waits for every input submitted so far and delivers the outputs in
    /// order. The processor takes more input afterwards.
    public func finish(deliver: (Output) -> Void) {
        guard let queue else { return }
        if !chunk.isEmpty { putChunk(deliver: deliver) }
        while deliveredChunks < submittedChunks {
            queue.output(at: deliveredChunks, waiting: true)!.forEach(deliver)
            deliveredChunks += 1
        }
    }

    /// Hands the current chunk to the threads, first delivering the oldest
    /// chunks until there is room for it.
    private func putChunk(deliver: (Output) -> Void) {
        guard let queue else { return }
        while submittedChunks - deliveredChunks == queue.capacity {
            queue.output(at: deliveredChunks, waiting: true)!.forEach(deliver)
            deliveredChunks += 1
        }
        queue.put(chunk)
        chunk.removeAll(keepingCapacity: true)
        submittedChunks += 1
    }
}

/// A value handed to another thread that will be its only user.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

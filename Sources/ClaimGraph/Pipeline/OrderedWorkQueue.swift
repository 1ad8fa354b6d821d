import Dispatch
import Foundation

/// The ring of slots a ``BatchProcessor`` shares with its threads.
///
/// One producer puts inputs in sequence; workers take them in sequence and
/// complete them in any order; the producer reads the outputs back in
/// sequence. Slot `s % capacity` holds input and then output number `s`. The
/// producer never has more than `capacity` inputs in flight, so a slot is free
/// again once its output has been read.
final class OrderedWorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // Safety: `inputs`, `stored` and `claimed` are guarded by `lock`.
    // `outputs[i]` is written by one worker before it signals `completed[i]`
    // and read by the producer after waiting on it.
    /// The number of slots: the most inputs in flight.
    let capacity: Int
    private let inputs: UnsafeMutablePointer<Input?>
    private let outputs: UnsafeMutablePointer<Output?>
    private let completed: [DispatchSemaphore]
    private let lock = NSLock()
    private var stored = 0
    private var claimed = 0
    /// One signal per stored input, plus one per worker when stopping.
    private let available = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    init(capacity: Int) {
        self.capacity = capacity
        inputs = .allocate(capacity: capacity)
        inputs.initialize(repeating: nil, count: capacity)
        outputs = .allocate(capacity: capacity)
        outputs.initialize(repeating: nil, count: capacity)
        completed = (0..<capacity).map { _ in DispatchSemaphore(value: 0) }
    }

    deinit {
        inputs.deinitialize(count: capacity)
        inputs.deallocate()
        outputs.deinitialize(count: capacity)
        outputs.deallocate()
    }

    /// Stores the next input in sequence (producer only).
    func put(_ input: Input) {
        lock.lock()
        inputs[stored % capacity] = input
        stored += 1
        lock.unlock()
        available.signal()
    }

    /// The output of input number `sequence` (producer only, in sequence), or
    /// nil when it is not ready and `waiting` is false.
    func output(at sequence: Int, waiting: Bool) -> Output? {
        let slot = sequence % capacity
        guard completed[slot].wait(timeout: waiting ? .distantFuture : .now()) == .success else { return nil }
        defer { outputs[slot] = nil }
        return outputs[slot]
    }

    /// A worker thread's loop: takes inputs until ``stop(workers:)``.
    func serve(_ transform: (Input) -> Output) {
        while let (sequence, input) = take() {
            outputs[sequence % capacity] = transform(input)
            completed[sequence % capacity].signal()
        }
        stopped.signal()
    }

    /// Ends the workers' loops once the inputs stored so far are taken, and
    /// waits for them to return.
    func stop(workers: Int) {
        for _ in 0..<workers { available.signal() }
        for _ in 0..<workers { stopped.wait() }
    }

    /// The next input in sequence, or nil when a stop signal came instead.
    private func take() -> (Int, Input)? {
        available.wait()
        lock.lock()
        defer { lock.unlock() }
        guard claimed < stored else { return nil }
        let sequence = claimed
        claimed += 1
        defer { inputs[sequence % capacity] = nil }
        return (sequence, inputs[sequence % capacity]!)
    }
}

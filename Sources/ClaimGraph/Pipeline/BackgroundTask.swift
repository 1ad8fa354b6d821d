import Dispatch

/// A computation started on another thread whose result is waited for when
/// it is first needed: for start-up work that can overlap other work.
///
/// ``value()`` blocks the calling thread, so it suits synchronous start-up
/// code, never a task of Swift concurrency's cooperative pool. Work whose
/// value is never asked for still runs to its end.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    // Written once by the background thread before it signals `finished`,
    // read only after waiting for that signal: the semaphore orders the two.
    private var result: Value?
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.finished.signal()
        }
    }

    /// The result, once the work has finished.
    func value() -> Value {
        finished.wait()
        finished.signal()
        return result!
    }
}

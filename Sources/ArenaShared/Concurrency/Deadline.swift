import Synchronization

/// Why an operation bounded by ``withDeadline(_:_:_:)`` gave up.
public struct DeadlineExceeded: Error, CustomStringConvertible, Sendable {
    public var operation: String
    public var timeout: Duration
    public var description: String { "\(self.operation) did not finish within \(self.timeout)" }
}

/// Runs `body` and returns its result, or throws ``DeadlineExceeded`` once `timeout`
/// has passed — without waiting for `body` to notice. (A task group would wait for the
/// losing child, and some clients, such as a query already sent to a stuck database,
/// ignore cancellation; the caller must not hang with them.) On timeout `body`'s task
/// is cancelled and left to finish on its own.
public func withDeadline<Value: Sendable>(
    _ timeout: Duration, _ operation: String, _ body: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    let race = DeadlineRace<Value>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            race.start(continuation)
            let work = Task {
                do {
                    race.finish(.success(try await body()))
                } catch {
                    race.finish(.failure(error))
                }
            }
            let timer = Task {
                try? await Task.sleep(for: timeout)
                if race.finish(.failure(DeadlineExceeded(operation: operation, timeout: timeout))) { work.cancel() }
            }
            race.attach(work: work, timer: timer)
        }
    } onCancel: {
        race.cancel()
    }
}

/// The continuation of one race, resumed exactly once by whichever side ends first.
final class DeadlineRace<Value: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Value, any Error>?
        var work: Task<Void, Never>?
        var timer: Task<Void, Never>?
        var finished = false
    }
    private let state = Mutex(State())

    func start(_ continuation: CheckedContinuation<Value, any Error>) {
        self.state.withLock { $0.continuation = continuation }
    }

    func attach(work: Task<Void, Never>, timer: Task<Void, Never>) {
        let finished = self.state.withLock { state in
            state.work = work
            state.timer = timer
            return state.finished
        }
        if finished { timer.cancel() }
    }

    /// Resumes the caller if nobody did yet; returns whether this call did.
    @discardableResult
    func finish(_ result: Result<Value, any Error>) -> Bool {
        let (continuation, timer) = self.state.withLock { state -> (CheckedContinuation<Value, any Error>?, Task<Void, Never>?) in
            guard !state.finished else { return (nil, nil) }
            state.finished = true
            defer { state.continuation = nil }
            return (state.continuation, state.timer)
        }
        guard let continuation else { return false }
        timer?.cancel()
        continuation.resume(with: result)
        return true
    }

    func cancel() {
        let work = self.state.withLock { $0.work }
        if self.finish(.failure(CancellationError())) { work?.cancel() }
    }
}

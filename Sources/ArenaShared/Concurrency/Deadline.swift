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
/// A result that arrives before the continuation (the caller was already cancelled, so
/// the cancellation handler ran first) is kept and delivered when it arrives.
final class DeadlineRace<Value: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Value, any Error>?
        var early: Result<Value, any Error>?
        var work: Task<Void, Never>?
        var timer: Task<Void, Never>?
        var finished = false
    }
    private let state = Mutex(State())

    func start(_ continuation: CheckedContinuation<Value, any Error>) {
        let early = self.state.withLock { state -> Result<Value, any Error>? in
            if let early = state.early {
                state.early = nil
                return early
            }
            state.continuation = continuation
            return nil
        }
        if let early { continuation.resume(with: early) }
    }

    func attach(work: Task<Void, Never>, timer: Task<Void, Never>) {
        let finished = self.state.withLock { state in
            state.work = work
            state.timer = timer
            return state.finished
        }
        if finished {
            timer.cancel()
            work.cancel()
        }
    }

    /// Ends the race if nobody did yet; returns whether this call did.
    @discardableResult
    func finish(_ result: Result<Value, any Error>) -> Bool {
        let (won, continuation, timer) = self.state.withLock { state -> (Bool, CheckedContinuation<Value, any Error>?, Task<Void, Never>?) in
            guard !state.finished else { return (false, nil, nil) }
            state.finished = true
            let continuation = state.continuation
            state.continuation = nil
            if continuation == nil { state.early = result }
            return (true, continuation, state.timer)
        }
        guard won else { return false }
        timer?.cancel()
        continuation?.resume(with: result)
        return true
    }

    func cancel() {
        let work = self.state.withLock { $0.work }
        if self.finish(.failure(CancellationError())) { work?.cancel() }
    }
}

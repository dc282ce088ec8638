import Dispatch
import Foundation

/// Signals that ask a long command to stop, taken as a request instead of
/// an end: the command finishes what it has in hand, leaves the rest as it
/// was, and exits 128 + the signal's number, as a shell would report it.
final class StopSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Int32?
    private var sources: [any DispatchSourceSignal] = []

    /// Starts watching TERM, INT and HUP in place of their default ends.
    init() {
        for number in [SIGTERM, SIGINT, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.note(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal that asked to stop, if any has.
    var received: Int32? { lock.withLock { first } }

    private func note(_ number: Int32) {
        lock.withLock { if first == nil { first = number } }
    }
}

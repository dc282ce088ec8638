import Foundation

/// An intake file read on a second thread a chunk at a time, so an import
/// writes one chunk while the next is parsed and checked. At most a few
/// chunks wait in between, so memory stays small whatever the file's size.
public final class IncidentStream: @unchecked Sendable {
    /// Lines in the file: an upper bound on its records, known before reading.
    public let lineCount: Int
    private let condition = NSCondition()
    private var ready: [IncidentChunk] = []
    private var finished = false
    private var cancelled = false
    private static let capacity = 4

    public init(_ data: Data, name: String, csv: Bool) {
        lineCount = data.withUnsafeBytes { buffer in
            var count = 0
            var cursor = buffer.baseAddress
            var left = buffer.count
            while left > 0, let start = cursor, let newline = memchr(start, 10, left) {
                count += 1
                left -= start.distance(to: newline) + 1
                cursor = UnsafeRawPointer(newline) + 1
            }
            return count + (left > 0 ? 1 : 0)
        }
        // A thread does not inherit task-local values: the operator's
        // language and the segment's zone go with it, so its problems are
        // worded and its times read as the rest of the import's.
        let language = Language.interface, zone = SegmentZone.current
        let thread = Thread { [self] in
            Language.$interface.withValue(language) {
                SegmentZone.$current.withValue(zone) {
                    IntakeFile.readChunks(data, name: name, csv: csv, as: IncomingIncident.self) { chunk in
                        condition.lock()
                        while ready.count >= Self.capacity && !cancelled { condition.wait() }
                        if !cancelled { ready.append(chunk) }
                        condition.signal()
                        condition.unlock()
                    }
                }
            }
            condition.lock()
            finished = true
            condition.signal()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Tells the reader to stop handing over chunks (the import failed and
    /// will not take them), so its thread does not wait forever.
    public func cancel() {
        condition.lock()
        cancelled = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk in file order, waiting for it; nil after the last.
    public func next() -> IncidentChunk? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished && !cancelled { condition.wait() }
        guard !ready.isEmpty, !cancelled else { return nil }
        let chunk = ready.removeFirst()
        condition.signal()
        return chunk
    }
}

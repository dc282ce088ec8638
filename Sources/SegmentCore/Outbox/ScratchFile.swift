import Foundation

/// A file with no name, open for as long as this value lives: what a program
/// segdesk starts reads from or writes to. Unlinked as soon as it is made,
/// so nothing is left on disk whatever happens to segdesk.
final class ScratchFile {
    let descriptor: Int32

    /// Writes `bytes`, then rewinds, so a program given the file as its
    /// standard input reads exactly them.
    init(holding bytes: [UInt8]) throws {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(directory)/segdesk-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        let name = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else {
            throw StoreError.refused(Refusal.cannotWrite(path: name, reason: String(cString: strerror(errno))))
        }
        unlink(name)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        self.descriptor = descriptor
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result > 0 {
                written += result
            } else if errno != EINTR {
                throw StoreError.refused(Refusal.cannotWrite(path: name, reason: String(cString: strerror(errno))))
            }
        }
        lseek(descriptor, 0, SEEK_SET)
    }

    deinit { close(descriptor) }

    /// How far whoever shares the file has read or written into it.
    var offset: Int { Int(lseek(descriptor, 0, SEEK_CUR)) }

    /// The first line written into the file, for a one-line complaint.
    func firstLine() -> String {
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "" }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        return text.split(separator: "\n").first.map(String.init) ?? ""
    }
}

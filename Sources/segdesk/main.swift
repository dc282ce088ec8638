import Foundation
import SegmentCore
import SegmentTUI

/// Prints one line to standard error, sanitised: it may quote outside text and
/// is written after the terminal is restored.
func complain(_ message: String) {
    FileHandle.standardError.write(Data((UntrustedText.line(message) + "\n").utf8))
}

/// The store for a command that changes the segment. A reader (the
/// readers group of /etc/segdesk/config) is refused before the file is touched.
func openStore(_ path: String, _ environment: Environment) throws -> Store {
    if case .reader(let group) = environment.role { throw StoreError.readOnly(path: path, reason: .role(group: group)) }
    return try Store(path: path, operatorLogin: environment.operatorLogin, policy: environment.configuration.policy, role: environment.role,
                     upgrading: { complain(localized("segdesk: {1}", $0)) })
}

/// The store for commands that read or send what is there (check, export,
/// outbox, ingest): a path that does not exist is refused, not made into an
/// empty database that would look like an empty segment.
func openExistingStore(_ path: String, _ environment: Environment) throws -> Store {
    if case .reader(let group) = environment.role { throw StoreError.readOnly(path: path, reason: .role(group: group)) }
    return try Store(path: path, operatorLogin: environment.operatorLogin, policy: environment.configuration.policy, mustExist: true,
                     role: environment.role, upgrading: { complain(localized("segdesk: {1}", $0)) })
}

/// The store for commands that examine a file (check, export, report,
/// backup, a digest printed): it must exist, and not a byte of it changes.
func openStoreForReading(_ path: String, _ environment: Environment) throws -> Store {
    try Store(path: path, operatorLogin: environment.operatorLogin, policy: environment.configuration.policy, forReading: true,
              role: environment.role)
}

func main(_ environment: Environment) -> Int32 {
    do {
        return try CommandTable.parse(Array(CommandLine.arguments.dropFirst())).run(environment)
    } catch let error as UsageError {
        complain(error.description)
        return 2
    } catch {
        complain(localized("segdesk: {1}", String(describing: error)))
        return 1
    }
}

// A file-size limit (ulimit -f) must be an error to report, not a signal
// that ends segdesk in the middle of a write.
signal(SIGXFSZ, SIG_IGN)
let environment = Environment()
// Every time shown, read or written is in the segment's zone, whatever TZ the shell has.
SegmentZone.applyToProcess(environment.configuration.zone)
exit(SegmentZone.$current.withValue(DisplayZone.local) {
    Language.$interface.withValue(environment.language) { main(environment) }
})

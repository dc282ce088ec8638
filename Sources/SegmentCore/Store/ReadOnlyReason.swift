import Foundation

/// Why segdesk may not change a database file, so that a refused change
/// says what is read-only and what the operator can do about it.
public enum ReadOnlyReason: Equatable, Sendable {
    /// This user may not write the file itself.
    case file
    /// The file may be written, but not its folder, where SQLite must make
    /// the `-wal` and `-shm` files that every change goes through.
    case folder
    /// A command that only reads opened it: it examines the file without
    /// changing a byte of it.
    case reading
    /// The operator asked for it (`--read-only`): everything is shown and
    /// nothing changed.
    case chosen
    /// The operator is in the readers group of the system's configuration.
    case role(group: String)

    /// Why `path` cannot be written now, found by asking the file system;
    /// `reading` when the file and its folder may both be written.
    public static func of(_ path: String) -> ReadOnlyReason {
        if access(path, W_OK) != 0 { return .file }
        let folder = (path as NSString).deletingLastPathComponent
        let needsFolder = ["-wal", "-shm"].contains { access(path + $0, W_OK) != 0 }
        return needsFolder && access(folder.isEmpty ? "." : folder, W_OK | X_OK) != 0 ? .folder : .reading
    }

    /// What the operator is told when a change to `path` was refused.
    func refusal(_ path: String) -> Wording {
        switch self {
        case .file:
            Wording("{1} is read-only to you; nothing was changed: ask its owner for write access (ls -l {2} shows who), or work on a copy", path, path)
        case .folder:
            Wording("{1} lies in a folder you may not write, and every change goes through a -wal file beside it; nothing was changed: ask for write access to the folder, or work on a copy in a folder of yours", path)
        case .reading:
            Wording("{1} was opened only to be read; nothing was changed", path)
        case .chosen:
            Wording("read-only: segdesk was started with --read-only; nothing was changed")
        case .role(let group):
            Wording("read-only: you are in {1}, the readers of /etc/segdesk/config; nothing was changed", group)
        }
    }
}

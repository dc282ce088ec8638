import Foundation

/// Who may read a database's files: personal data that only its owner, or
/// the team's group in a shared folder, should reach.
public enum FileModes {
    /// One line per file of the database (`path`, its `-wal` and `-shm`,
    /// its folder) that anyone outside the owner and group may read (or, the
    /// folder, list and enter), with the command that closes it.
    public static func openToOthers(_ path: String) -> [String] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let files = [path, path + "-wal", path + "-shm"].map { ($0, S_IROTH) } + [(folder, S_IROTH | S_IXOTH)]
        return files.compactMap { file, bits in
            var info = stat()
            guard stat(file, &info) == 0, info.st_mode & bits != 0 else { return nil }
            let mode = String(info.st_mode & 0o7777, radix: 8)
            return localized("{1} can be read by anyone on this machine (mode {2}); chmod o-rwx {3}", file, mode, file)
        }
    }
}

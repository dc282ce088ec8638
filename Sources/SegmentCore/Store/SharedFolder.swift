import Foundation

/// A database a team shares: in a folder of its group with the
/// set-group-ID bit, so every file made there (the database, its -wal and
/// -shm, a backup) belongs to the group and no one else may read it.
public enum SharedFolder {
    /// Makes the folder of `path` the group's (mode 2770) and the database
    /// and its -wal and -shm, where they exist, the group's (mode 0660).
    /// Refused, with nothing changed, for a group the system does not know.
    public static func prepare(_ path: String, group: String) throws {
        guard let entry = getgrnam(group) else { throw StoreError.refused(Refusal.unknownGroup(name: group)) }
        let gid = entry.pointee.gr_gid
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try own(folder, gid: gid, mode: 0o2770)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try own(file, gid: gid, mode: 0o660)
        }
    }

    /// What is wrong with the modes `prepare` sets, one line each; empty when they hold.
    public static func problems(_ path: String, group: String) -> [String] {
        guard let entry = getgrnam(group) else { return [Refusal.unknownGroup(name: group).wording.description] }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return [(folder, mode_t(0o2770)), (path, mode_t(0o660))].compactMap { file, wanted in
            var info = stat()
            guard stat(file, &info) == 0 else { return localized("{1} is missing", file) }
            guard info.st_gid == entry.pointee.gr_gid, info.st_mode & 0o7777 == wanted else {
                return localized("{1} has mode {2} and group id {3}; expected {4} and the group {5}", file,
                                 String(info.st_mode & 0o7777, radix: 8), info.st_gid, String(wanted, radix: 8), group)
            }
            return nil
        }
    }

    private static func own(_ file: String, gid: gid_t, mode: mode_t) throws {
        guard chown(file, uid_t.max, gid) == 0, chmod(file, mode) == 0 else {
            throw StoreError.refused(Refusal.cannotWrite(path: file, reason: String(cString: strerror(errno))))
        }
    }
}

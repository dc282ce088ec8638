import Foundation

/// The file behind a store, looked at before SQLite opens it, so that every
/// problem names the file and says what is wrong in the operator's words,
/// and a new file holding personal data is readable by its owner only.
enum DatabaseFile {
    /// How the file may be opened.
    enum Access: Equatable {
        case readWrite
        /// The file exists but cannot be changed by this user, for the reason given.
        case readOnly(ReadOnlyReason)
    }

    /// Checks the file at `path` and, when it is missing and `mustExist` is
    /// false, creates it empty (with `mustExist`, an empty file is refused as
    /// a missing one is: a command that reads must not turn it into a
    /// database): mode 0600, or 0660 in a directory with the
    /// set-group-ID bit (one a team shares on purpose). SQLite gives the
    /// `-wal` and `-shm` files the database file's mode.
    static func prepare(_ path: String, mustExist: Bool) throws -> Access {
        var info = stat()
        if stat(path, &info) != 0 {
            guard errno == ENOENT else { throw problem(path, String(cString: strerror(errno))) }
            guard !mustExist else {
                throw StoreError.refused(Refusal.noDatabase(path: path))
            }
            try create(path)
            return .readWrite
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw problem(path, localized("is a directory, not a database file"))
        case S_IFREG: break
        default: throw problem(path, localized("is not a regular file (a device, pipe or socket), not a database file"))
        }
        if info.st_size == 0 && mustExist {
            var journal = stat()
            guard stat(path + "-wal", &journal) == 0 && journal.st_size > 0 else {
                throw problem(path, localized("is empty, not a segdesk database; nothing was written to it"))
            }
        }
        if info.st_size > 0 {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw problem(path, localized("cannot be read: {1}", String(cString: strerror(EACCES))))
            }
            defer { try? handle.close() }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            guard header == Data("SQLite format 3\0".utf8) || info.st_size < 16 && header.isEmpty else {
                throw problem(path, localized("is not a segdesk database (not an SQLite file)"))
            }
        }
        let reason = ReadOnlyReason.of(path)
        return reason == .reading ? .readWrite : .readOnly(reason)
    }

    private static func create(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        var folder = stat()
        let shared = stat(directory.isEmpty ? "." : directory, &folder) == 0 && folder.st_mode & S_ISGID != 0
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw problem(path, localized("cannot be created: {1}", String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        // The umask may take bits away from the mode asked for; set it exactly.
        fchmod(descriptor, shared ? 0o660 : 0o600)
    }

    private static func problem(_ path: String, _ what: String) -> StoreError {
        .refused(.unusableFile(path: path, problem: what))
    }
}

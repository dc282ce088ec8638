import CSQLite
import Foundation

extension Store {
    /// Copies the live database to `path` with SQLite's online backup, a
    /// slice of pages at a time, so operators go on working meanwhile (a
    /// change made during the copy makes it start over). The copy is written
    /// beside its final name and renamed into place when whole, readable by
    /// its owner only; an existing file is never overwritten. Returns the
    /// number of pages copied.
    ///
    /// Related SQLite documentation: https://www.sqlite.org/backup.html
    @discardableResult
    public func backup(to path: String, progress: (_ copied: Int, _ total: Int) -> Void = { _, _ in }) throws -> Int {
        try role.permit(.backup, path: self.path)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.refused(Refusal.backupExists(path: path))
        }
        let partial = path + ".partial"
        unlink(partial)
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.refused(Refusal.backupNotWritable(path: path, reason: String(cString: strerror(errno))))
        }
        close(descriptor)
        do {
            let pages = try copyPages(to: partial, progress: progress)
            guard rename(partial, path) == 0 else {
                throw StoreError.refused(Refusal.backupNotPlaced(path: path, reason: String(cString: strerror(errno))))
            }
            return pages
        } catch {
            unlink(partial)
            throw error
        }
    }

    private func copyPages(to path: String, progress: (Int, Int) -> Void) throws -> Int {
        let target = try Database(path: path)
        guard let backup = sqlite3_backup_init(target.handle, "main", database.handle, "main") else {
            throw DatabaseError(code: sqlite3_errcode(target.handle), message: String(cString: sqlite3_errmsg(target.handle)))
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, 256)
            let total = Int(sqlite3_backup_pagecount(backup))
            progress(total - Int(sqlite3_backup_remaining(backup)), total)
            // Another connection holds a lock for a moment: wait, then go on.
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { usleep(50_000) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let pages = Int(sqlite3_backup_pagecount(backup))
        let finished = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finished == SQLITE_OK else {
            throw DatabaseError(code: finished == SQLITE_OK ? code : finished, message: String(cString: sqlite3_errmsg(target.handle)))
        }
        return pages
    }
}

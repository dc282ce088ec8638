import Foundation

/// Who the journal says did a thing: the login name of the process's real
/// user, as the system knows it, never a name the environment can set
/// (`USER`, `LOGNAME`). Run through sudo by another user, both names.
public enum OperatorIdentity {
    /// The real user's login name (uid `uid` when the system has no name
    /// for it); with `sudoUser` (sudo's SUDO_USER, which only root's
    /// environment carries from sudo) for a process running as root, both.
    public static func login(realUID: uid_t = getuid(), sudoUser: String? = ProcessInfo.processInfo.environment["SUDO_USER"]) -> String {
        let own = name(of: realUID) ?? "uid \(realUID)"
        guard realUID == 0, let sudoUser, !sudoUser.isEmpty, sudoUser != own,
              sudoUser.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value != 0x7F }) else { return own }
        return "\(own) (sudo by \(sudoUser))"
    }

    /// The login name of `uid` in the system's user database.
    static func name(of uid: uid_t) -> String? {
        var entry = passwd()
        var found: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4_096)
        // The entry's strings live in the buffer: read the name while it is held.
        return buffer.withUnsafeMutableBufferPointer { storage -> String? in
            guard let start = storage.baseAddress, getpwuid_r(uid, &entry, start, storage.count, &found) == 0, found != nil,
                  let name = entry.pw_name else { return nil }
            return String(cString: name)
        }
    }
}

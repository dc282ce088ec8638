import Foundation

/// The team's roles, from the system's configuration (`/etc/segdesk/config`)
/// alone, where a user's own file cannot reach: `readers = GROUP` see
/// everything and change nothing; `admins = GROUP` alone import services,
/// change providers' targets and agreements, and take backups.
public struct OperatorRoles: Equatable, Sendable {
    public var readers: String?
    public var admins: String?

    public init(readers: String? = nil, admins: String? = nil) {
        self.readers = readers
        self.admins = admins
    }

    /// The role of a user in `groups`; root administers whatever the groups say.
    public func role(memberOf groups: Set<String>, isRoot: Bool) -> OperatorRole {
        if isRoot { return .administrator }
        if let admins, groups.contains(admins) { return .administrator }
        if let readers, groups.contains(readers) { return .reader(group: readers) }
        if let admins { return .operator(admins: admins) }
        return .administrator
    }

    /// The names of the groups the real user `uid` belongs to, its primary one included.
    public static func groups(ofUser uid: uid_t = getuid()) -> Set<String> {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return [] }
        let primary = entry.pointee.pw_gid
        var count: Int32 = 64
        var ids = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(name, primary, &ids, &count) < 0 {
            ids = [gid_t](repeating: 0, count: Int(count))
            _ = getgrouplist(name, primary, &ids, &count)
        }
        return Set(ids.prefix(Int(max(count, 0))).compactMap { id in getgrgid(id).flatMap { $0.pointee.gr_name }.map { String(cString: $0) } })
    }
}

/// What the person at the keyboard may do.
public enum OperatorRole: Equatable, Sendable {
    /// Everything: in the admins group, root, or no admins group is set.
    case administrator
    /// Every case's work, but not what the `admins` group alone may do.
    case `operator`(admins: String)
    /// Sees everything, changes nothing.
    case reader(group: String)
}

extension OperatorRole {
    /// Goes on when this role may do `task`; else refuses, saying who may.
    public func permit(_ task: AdministrativeTask, path: String = "") throws {
        switch self {
        case .administrator: return
        case .operator(let admins): throw StoreError.refused(.adminsOnly(task: task.rawValue, group: admins))
        case .reader(let group): throw StoreError.readOnly(path: path, reason: .role(group: group))
        }
    }
}

/// What only the admins group may do.
public enum AdministrativeTask: String, Sendable {
    case importServices = "import services"
    case registerService = "register a service"
    case setTargets = "change a provider's targets"
    case changeAgreements = "change the agreements"
    case backup = "take a backup"
}

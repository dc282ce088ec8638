/// A key of one pane's own: one case per pane that has such keys, each
/// pane's keys an enum in its folder named by their `:` names.
public enum PaneKey: Hashable, Sendable {
    case incidents(IncidentKey)
    case cases(CaseKey)

    /// The key's `:` name.
    var name: String {
        switch self {
        case .incidents(let key): key.rawValue
        case .cases(let key): key.rawValue
        }
    }

    /// The work the key asks for, carried out by its pane.
    func perform(_ state: inout AppState) -> [Effect] {
        switch self {
        case .incidents(let key): key.perform(&state)
        case .cases(let key): key.perform(&state)
        }
    }
}

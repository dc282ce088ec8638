import SegmentCore

/// The `:` commands on a provider case: the provider's reference, what it
/// said, a message to every reporter, and the resolution that tells them.
enum CaseCommands {
    /// The effects of `name` when it is one of these commands, else nil.
    static func execute(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect]? {
        switch name {
        case "ref":
            guard !arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
                return CommandLine.usage("ref PROVIDER-REFERENCE (on a provider case)", &state)
            }
            return [.cases(.recordProviderReference(caseID: caseID, reference: arguments.joined(separator: " ")))]
        case "resolve":
            guard !arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
                return CommandLine.usage("resolve WHAT THE PROVIDER DID (on a provider case)", &state)
            }
            return [.cases(.prepareResolution(caseID: caseID, resolution: arguments.joined(separator: " ")))]
        case "update":
            guard !arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
                return CommandLine.usage("update WHAT THE PROVIDER SAID (on a provider case)", &state)
            }
            return [.cases(.recordProviderUpdate(caseID: caseID, text: arguments.joined(separator: " ")))]
        case "tell":
            guard !arguments.isEmpty, let id = CommandLine.selected(.cases, state) else {
                return CommandLine.usage("tell TEXT (on a provider case: one message to each reporter, shown first)", &state)
            }
            return [.cases(.prepareTell(caseID: id, text: arguments.joined(separator: " ")))]
        default:
            return nil
        }
    }
}

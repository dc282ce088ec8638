import SegmentCore

/// The `:` commands on a provider case: the provider's reference, what it
/// said, and the resolution that tells every reporter.
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
        default:
            return nil
        }
    }
}

import SegmentCore

/// The `:` commands on a provider case: the provider's reference, what it
/// said, a message to every reporter, and the resolution that tells them.
enum CaseCommands {
    static func ref(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
            return CommandLine.usage("ref PROVIDER-REFERENCE (on a provider case)", &state)
        }
        return [.cases(.recordProviderReference(caseID: caseID, reference: arguments.joined(separator: " ")))]
    }

    static func resolve(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
            return CommandLine.usage("resolve WHAT THE PROVIDER DID (on a provider case)", &state)
        }
        return [.cases(.prepareResolution(caseID: caseID, resolution: arguments.joined(separator: " ")))]
    }

    static func update(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
            return CommandLine.usage("update WHAT THE PROVIDER SAID (on a provider case)", &state)
        }
        return [.cases(.recordProviderUpdate(caseID: caseID, text: arguments.joined(separator: " ")))]
    }

    static func article(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.isEmpty, let caseID = CommandLine.selected(.cases, state) else {
            return CommandLine.usage("article (on a question case)", &state)
        }
        return [.knowledge(.draftArticle(caseID: caseID))]
    }

    static func tell(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard !arguments.isEmpty, let id = CommandLine.selected(.cases, state) else {
            return CommandLine.usage("tell TEXT (on a provider case: one message to each reporter, shown first)", &state)
        }
        return [.cases(.prepareTell(caseID: id, text: arguments.joined(separator: " ")))]
    }
}

import SegmentCore

/// The `:` commands on a provider's record: its own targets and its contacts.
enum ProviderCommands {
    static func target(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        guard arguments.count == 3, let providerID = CommandLine.selected(.providers, state) else {
            return CommandLine.usage("target P1 ACKNOWLEDGE RESOLVE (on a provider, e.g. :target P1 4h 2d)", &state)
        }
        guard let priority = Priority.allCases.first(where: { $0.label == arguments[0].uppercased() }) else {
            state.message = StatusMessage(Wording("no priority \"{1}\"; P1 to P5", UntrustedText.line(arguments[0])), isError: true)
            return []
        }
        guard let acknowledge = Configuration.duration(arguments[1]), acknowledge > 0,
              let resolve = Configuration.duration(arguments[2]), resolve > 0 else {
            state.message = StatusMessage(Wording("expected durations such as 30m, 4h or 2d, got \"{1}\" and \"{2}\"",
                                                  UntrustedText.line(arguments[1]), UntrustedText.line(arguments[2])), isError: true)
            return []
        }
        return [.providers(.setTarget(providerID: providerID, ProviderTarget(priority: priority, acknowledge: acknowledge,
                                                                             resolve: resolve)))]
    }

    static func contact(_ name: String, _ arguments: [String], _ state: inout AppState) -> [Effect] {
        let roles = ProviderContactRole.allCases.map(\.rawValue).joined(separator: "|")
        guard arguments.count >= 2, let role = ProviderContactRole(rawValue: arguments[0]),
              let id = CommandLine.selected(.providers, state) else {
            return CommandLine.usage(Wording("contact {1} EMAIL [NAME] (on a provider: replaces its contact of that role)", roles), &state)
        }
        let name = arguments.dropFirst(2).joined(separator: " ")
        return [.providers(.setContact(providerID: id, role: role, name: name.isEmpty ? arguments[1] : name, email: arguments[1]))]
    }
}

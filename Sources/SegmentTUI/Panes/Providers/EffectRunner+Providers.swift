import SegmentCore

extension EffectRunner {
    /// A provider's targets and contacts, and a new service.
    func providerOutcome(_ work: ProviderEffect, state: AppState, keeping: Bool) throws -> Action? {
        switch work {
        case let .setTarget(providerID, target):
            try store.providerDesk.setProviderTarget(providerID: providerID, target)
            return .recordChanged(.providers(.targetSet(target)))
        case let .setContact(providerID, role, name, email):
            try store.providerDesk.setProviderContact(providerID: providerID, role: role, name: name, email: email)
            return .recordChanged(.providers(.contactSet(role: role, name: name, email: email)))
        case let .registerService(providerKey, key, name, environments, description):
            try store.providerDesk.registerService(providerKey: providerKey, key: key, name: name, environments: environments,
                                      description: description)
            return .recordChanged(.providers(.serviceRegistered(key: key)))
        }
    }
}

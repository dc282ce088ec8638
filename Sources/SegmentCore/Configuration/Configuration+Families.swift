extension Configuration {
    /// A key of a family that names its member after a dot: a stage's
    /// checklist, a freeze window, a provider's address, a priority's SLA
    /// target. Returns what is wrong, if anything; an unknown key is.
    mutating func setFamily(_ key: String, _ lowered: String, _ value: String) -> String? {
        if let problem = setAlert(lowered, value) { return problem }
        if lowered.hasPrefix("checklist.") {
            let stages = OnboardingStage.allCases.map(\.rawValue).joined(separator: ", ")
            guard let stage = OnboardingStage(rawValue: String(lowered.dropFirst(10))) else {
                return localized("{1}: expected checklist.STAGE with STAGE one of {2}", key, stages)
            }
            let parts = value.split(separator: "|", maxSplits: 1).map { trimmedSpaces(String($0)) }
            guard let text = parts.first, !text.isEmpty else { return localized("{1} expects a step: TEXT or TEXT | LINK", key) }
            policy.checklists[stage, default: []].append(ChecklistStep(text: text, link: parts.count == 2 ? parts[1] : nil))
            return nil
        }
        if lowered.hasPrefix("freeze."), lowered.count > 7 {
            let times = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { $0 != ".." }.map { Timestamp.parse(String($0)) }
            guard times.count == 2, let from = times[0], let until = times[1], from < until else {
                return localized("{1} expects two times, from and until, such as 2026-12-18T00:00:00+01:00 2027-01-04T00:00:00+01:00, got \"{2}\"", key, value)
            }
            policy.freezeWindows.append(FreezeWindow(name: String(key.dropFirst(7)), from: from, until: until))
            return nil
        }
        if lowered.hasPrefix("provider."), lowered.count > 9 {
            guard MailAddress.isPlausible(value) else { return localized("{1} expects one mail address, got \"{2}\"", key, value) }
            policy.providerAddresses[String(key.dropFirst(9))] = value
            return nil
        }
        let target = lowered.split(separator: ".")
        if target.count == 2, target[0] == "provider_response" || target[0] == "provider_resolution",
           let priority = Priority.allCases.first(where: { $0.label.lowercased() == target[1] }) {
            guard let seconds = Self.duration(value), seconds > 0 else {
                return localized("{1} expects a duration such as 2h or 1d, got \"{2}\"; no target is set", key, value)
            }
            if target[0] == "provider_response" {
                policy.providerResponse[priority] = seconds
            } else {
                policy.providerResolution[priority] = seconds
            }
            return nil
        }
        if target.count == 2, target[0] == "response" || target[0] == "resolution",
           let priority = Priority.allCases.first(where: { $0.label.lowercased() == target[1] }) {
            guard let seconds = Self.duration(value), seconds > 0 else {
                return localized("{1} expects a duration such as 30m, 4h or 3d, got \"{2}\"; the default is kept", key, value)
            }
            if target[0] == "response" {
                policy.serviceLevel.firstResponse[priority] = seconds
            } else {
                policy.serviceLevel.resolution[priority] = seconds
            }
            return nil
        }
        return localized("unknown key \"{1}\" ignored; known keys: {2}", key, Self.knownKeys.joined(separator: ", "))
    }
}

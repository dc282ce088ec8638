/// The draft of a proposal to the responsible ministry for a need the
/// segment's legal basis does not cover, in the language the operator
/// drafts in.
public struct MinistryProposal: Equatable, Sendable {
    /// A consumer backing the need, with its own words for why.
    public struct Backer: Equatable, Sendable {
        public var name: String
        public var organisationNumber: String
        public var importance: Importance
        public var useCase: String?
    }

    public var needID: Int64
    public var title: String
    public var description: String
    public var services: [String]
    public var backers: [Backer]
    public var legalNote: String?
    public var status: NeedStatus
    public var decisionReference: String?
    public var draftedAt: Int64

    public func text(in language: Language) -> String {
        var text = [
            language.text("Proposal: {1}", UntrustedText.line(title)),
            language.counted(backers.count, "From the segment coordinator, on behalf of {1} consumer (ref. SEG-B{2})",
                            "From the segment coordinator, on behalf of {1} consumers (ref. SEG-B{2})", needID),
            language.text("Drafted {1}", MessageTime.moment(draftedAt, language)),
            "", language.text("1. What the segment needs"), "",
        ] + UntrustedText.lines(description)
        text += ["", language.text("Services concerned: {1}", services.isEmpty ? "-" : services.joined(separator: ", ")), "",
                 language.text("2. Why: the consumers' use cases, in their words"), ""]
        let useCases = backers.compactMap { backer in backer.useCase.map { "- \(UntrustedText.line($0)) (\(UntrustedText.line(backer.name)))" } }
        text += useCases.isEmpty ? ["- " + language.text("(none given)")] : useCases
        text += ["", language.text("3. Who needs it"), ""]
        for importance in Importance.allCases {
            let group = backers.filter { $0.importance == importance }
            guard !group.isEmpty else { continue }
            let label = language.text(importance.label)
            text.append("\(label.prefix(1).uppercased() + label.dropFirst()) (\(group.count)):")
            text += group.map { "- " + language.text("{1}, org. no. {2}", UntrustedText.line($0.name), OrganisationNumber.grouped($0.organisationNumber)) }
            text.append("")
        }
        text += [language.text("4. The legal basis today"), "",
                 language.text("Assessed: not covered by the segment's present legal basis.") + (legalNote.map { " \(UntrustedText.line($0))" } ?? ""),
                 "", language.text("5. The provider's position"), "",
                 decisionReference.map { language.text("The provider has {1} it (reference {2}).", language.text(status.label), UntrustedText.line($0)) }
                    ?? language.text("Status with the provider: {1}.", language.text(status.label)),
                 "", language.text("6. What we propose"), "",
                 language.text("[To be written: the change to the regulation that would give the legal basis.]"), ""]
        return text.joined(separator: "\n")
    }
}

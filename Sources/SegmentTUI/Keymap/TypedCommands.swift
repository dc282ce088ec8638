/// One `:` command that takes words after its name: how it is written, what
/// it does, and the panes whose records it acts on (nil for every pane).
public struct TypedCommand: Sendable {
    public let name: String
    public let arguments: String
    public let help: String
    public let panes: Set<PaneKind>?

    public func applies(on pane: PaneKind) -> Bool { panes?.contains(pane) ?? true }
}

/// The `:` commands with arguments, in the order help lists them; the
/// command line refuses a name that is not here, so none goes without help.
public enum TypedCommands {
    public static let all: [TypedCommand] = [
        TypedCommand(name: "theme", arguments: "NAME", help: "switch theme (default, light, high-contrast, mono)", panes: nil),
        TypedCommand(name: "assign", arguments: "LOGIN", help: "assign the incident(s) to an operator; :assign me",
                     panes: [.incidents]),
        TypedCommand(name: "sev", arguments: "I U", help: "set impact and urgency, 1 high to 3 low (gives P1-P5)",
                     panes: [.incidents]),
        TypedCommand(name: "priority", arguments: "I U", help: "the same as :sev", panes: [.incidents]),
        TypedCommand(name: "status", arguments: "S [R|NOTE]",
                     help: "incident: set status (resolved/closed need a resolution); need: move it and tell its backers",
                     panes: [.incidents, .needs]),
        TypedCommand(name: "new", arguments: "O S TITLE", help: "incident taken by phone: organisation number, service, title",
                     panes: nil),
        TypedCommand(name: "reply", arguments: "TEXT", help: "reply to the incident's reporter (asks first)", panes: [.incidents]),
        TypedCommand(name: "uncase", arguments: "", help: "take the incident(s) out of their provider case", panes: [.incidents]),
        TypedCommand(name: "consumer", arguments: "ORGNO", help: "attach an unmatched mail report to its consumer",
                     panes: [.incidents]),
        TypedCommand(name: "service", arguments: "KEY", help: "say which service the incident is about", panes: [.incidents]),
        TypedCommand(name: "ref", arguments: "REF", help: "record the provider's reference on a case", panes: [.cases]),
        TypedCommand(name: "update", arguments: "TEXT", help: "record what the provider said on a case", panes: [.cases]),
        TypedCommand(name: "resolve", arguments: "TEXT", help: "resolve a case and tell every reporter (asks first)",
                     panes: [.cases]),
        TypedCommand(name: "tell", arguments: "TEXT",
                     help: "an interim update to every reporter of the case, each with its own reference (asks first)",
                     panes: [.cases]),
        TypedCommand(name: "publish", arguments: "",
                     help: "publish the notice: one message per consumer of its audience (shows the count, asks first)",
                     panes: [.notices]),
        TypedCommand(name: "ack", arguments: "ORGNO STATE [NOTE]",
                     help: "record a consumer's answer: pending, acknowledged, assessed, ready, not_affected", panes: [.notices]),
        TypedCommand(name: "audience", arguments: "+ORGNO|-ORGNO",
                     help: "add a consumer to the notice, or take out one not yet sent it", panes: [.notices]),
        TypedCommand(name: "kind", arguments: "KIND [breaking]",
                     help: "classify a draft notice (a provider's mail arrives as interface_change)", panes: [.notices]),
        TypedCommand(name: "join", arguments: "",
                     help: "on an outage notice: its open reports from before it was announced join its case", panes: [.notices]),
        TypedCommand(name: "need", arguments: "", help: "a change request becomes a need backed by its consumer; it is resolved",
                     panes: [.incidents]),
        TypedCommand(name: "back", arguments: "ORGNO I [USE CASE]",
                     help: "a consumer backs the need: 1 must have, 2 important, 3 nice to have (again: updates it)",
                     panes: [.needs]),
        TypedCommand(name: "merge", arguments: "ID", help: "merge the need into need ID: backers carried over (u undoes)",
                     panes: [.needs]),
        TypedCommand(name: "legal", arguments: "BASIS [NOTE]",
                     help: "whether the segment's legal basis covers it: covered, unclear, not_covered", panes: [.needs]),
        TypedCommand(name: "decision", arguments: "accepted|rejected REF [NOTE]",
                     help: "the provider's decision and reference; tells every backer (asks first)", panes: [.needs]),
        TypedCommand(name: "stage", arguments: "STAGE [NOTE]",
                     help: "move the consumer in onboarding; back a step or to suspended needs a note", panes: [.consumers]),
        TypedCommand(name: "accept", arguments: "VERSION",
                     help: "record that the consumer accepted an agreement version (a signed paper, a call)", panes: [.consumers]),
        TypedCommand(name: "declared", arguments: "DATE REF",
                     help: "record the consumer's own declaration of its legal basis (its date and reference)", panes: [.consumers]),
        TypedCommand(name: "contact", arguments: "ROLE EMAIL [NAME]",
                     help: "set the consumer's technical, business or vendor contact", panes: [.consumers]),
        TypedCommand(name: "uses", arguments: "+KEY|-KEY", help: "a service the consumer starts or stops using",
                     panes: [.consumers]),
        TypedCommand(name: "tick", arguments: "STEP [STAGE]",
                     help: "tick a step of the consumer's onboarding checklist (its stage's, or STAGE's)", panes: [.consumers]),
        TypedCommand(name: "untick", arguments: "STEP [STAGE]", help: "take a checklist tick back", panes: [.consumers]),
        TypedCommand(name: "ask", arguments: "VERSION",
                     help: "ask every consumer that has not accepted agreement VERSION to accept it (asks first)", panes: nil),
        TypedCommand(name: "agreements", arguments: "",
                     help: "the agreement: versions with their acceptances, and who has not accepted the newest", panes: nil),
        TypedCommand(name: "note", arguments: "TEXT", help: "internal note in the record's history; never sent", panes: nil),
        TypedCommand(name: "q", arguments: "", help: "quit segdesk", panes: nil),
    ]

    public static func named(_ name: String) -> TypedCommand? { all.first { $0.name == name } }
}

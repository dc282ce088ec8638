/// What a published notice says to each consumer of its audience, and the
/// reminder to those that have not answered by the deadline.
public enum NoticeMessages {
    /// The notice itself; `provider` announces it unless it is the
    /// coordinator's own information or consultation.
    public static func publication(_ detail: NoticeDetail, provider: String, consumer: String, in language: Language) -> MessageText {
        let row = detail.row
        let what = switch row.kind {
        case .consultation: language.text("Consultation")
        case .information: language.text("Information")
        case .deviation: language.text("Outage")
        case .maintenance: language.text("Maintenance")
        default: row.breaking ? language.text("Breaking change") : language.text("Change")
        }
        var facts = [language.text("Effective: {1}", MessageTime.moment(row.effectiveAt, language))]
        if let ends = detail.endsAt { facts.append(language.text("Ends: {1}", MessageTime.moment(ends, language))) }
        if let deadline = row.deadline {
            facts.append(row.kind == .consultation ? language.text("Answer by: {1}", MessageTime.moment(deadline, language))
                         : language.text("Be ready by: {1}", MessageTime.moment(deadline, language)))
        }
        let ask = if row.kind == .consultation {
            language.text("Reply to this message with your answer.")
        } else if row.breaking {
            language.text("This change breaks existing use. Reply to this message to acknowledge it, and reply READY when you are ready for it, or NOT AFFECTED if it does not concern you.")
        } else {
            language.text("Reply to this message to acknowledge it; reply NOT AFFECTED if it does not concern you.")
        }
        let services = "\(detail.services.joined(separator: ", ")) (\(language.text(detail.environment.rawValue)))"
        let from = row.kind == .information || row.kind == .consultation
            ? language.text("The segment coordinator writes, for {1}:", services)
            : language.text("{1} announces, for {2}:", UntrustedText.line(provider), services)
        return MessageText(subject: "[SEG-N\(row.id)] \(what): \(UntrustedText.line(row.title))",
                           body: [language.text("To {1},", UntrustedText.line(consumer)), "", from, "", UntrustedText.line(row.title)]
                            + facts + ["", UntrustedText.lines(detail.body).joined(separator: "\n"), "", ask,
                                       language.text("Reference: SEG-N{1}", row.id)])
    }

    /// A reminder to a consumer that is `state` on the notice as `deadline` nears.
    public static func reminder(_ detail: NoticeDetail, deadline: Int64, consumer: String, state: AcknowledgementState,
                                in language: Language) -> MessageText {
        let row = detail.row
        let title = UntrustedText.line(row.title)
        let ask = state == .pending
            ? language.text("We have not heard from you. Reply to this message to acknowledge it")
                + (row.breaking ? language.text(", and reply READY when you are ready for it.") : ".")
            : language.text("You have told us you are {1}; reply READY when you are ready for it, or NOT AFFECTED.",
                            language.text(state.label))
        let day = MessageTime.moment(deadline, language)
        return MessageText(
            subject: "[SEG-N\(row.id)] " + language.text("Reminder: {1} (deadline {2})", title, day),
            body: [language.text("To {1},", UntrustedText.line(consumer)), "",
                   language.text("This is a reminder of notice SEG-N{1}, {2}, on {3} ({4}).", row.id, title,
                                 detail.services.joined(separator: ", "), language.text(detail.environment.rawValue)),
                   language.text("Deadline: {1}.", day), "", ask])
    }

    /// A correction of a published notice to a consumer sent it: what
    /// changed, before and after, and the notice as it now stands; or that
    /// it is withdrawn and why, or that an outage is over.
    static func correction(id: Int64, _ facts: NoticeFacts, changes: [NoticeFieldChange], withdrawal: String?, ended: Bool,
                           consumer: String, in language: Language) -> MessageText {
        let title = UntrustedText.line(facts.title)
        let services = "\(facts.serviceKeys.joined(separator: ", ")) (\(language.text(facts.environment.rawValue)))"
        let greeting = [language.text("To {1},", UntrustedText.line(consumer)), ""]
        let reference = language.text("Reference: SEG-N{1}", id)
        if let withdrawal {
            return MessageText(subject: "[SEG-N\(id)] " + language.text("Withdrawn: {1}", title),
                               body: greeting + [language.text("Notice SEG-N{1}, {2}, on {3}, is withdrawn.", id, title, services),
                                                 language.text("Reason: {1}", UntrustedText.line(withdrawal)), "",
                                                 language.text("It no longer holds: nothing is asked of you for it."), reference])
        }
        if ended, let ends = facts.endsAt {
            return MessageText(subject: "[SEG-N\(id)] " + language.text("Over: {1}", title),
                               body: greeting + [language.text("The outage of notice SEG-N{1}, {2}, on {3}, is over as of {4}.", id, title,
                                                               services, MessageTime.moment(ends, language)), "",
                                                 language.text("Reply to this message if you still see the fault."), reference])
        }
        let lines = changes.map { change in
            change.field == .text ? language.text("Text: changed; the text as it now stands is below.")
                : language.text("{1}: {2} (was {3})", language.text(change.field.label), change.after.worded(in: language),
                                change.before.worded(in: language))
        }
        return MessageText(subject: "[SEG-N\(id)] " + language.text("Changed: {1}", title),
                           body: greeting + [language.text("Notice SEG-N{1}, {2}, on {3}, has changed:", id, title, services), ""]
                            + lines + ["", UntrustedText.lines(facts.body).joined(separator: "\n"), "",
                                       language.text("Reply to this message if the change concerns you."), reference])
    }
}

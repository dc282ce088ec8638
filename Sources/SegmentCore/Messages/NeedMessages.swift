/// What the backers of a need are told when it moves on its road.
public enum NeedMessages {
    public static func step(_ step: NeedStep, needID: Int64, title: String, consumer: String, importance: Importance,
                            in language: Language) -> MessageText {
        let reference = step.reference.map { " " + language.text("(its reference {1})", UntrustedText.line($0)) } ?? ""
        let what = switch step.status {
        case .accepted: language.text("The provider has accepted it{1}.", reference)
        case .rejected: language.text("The provider has rejected it{1}.", reference)
        case .sent: language.text("We have sent it to the provider, on behalf of the segment, for a decision.")
        case .delivered: language.text("It has been delivered.")
        default: language.text("It is now {1}.", language.text(step.status.label))
        }
        let title = UntrustedText.line(title)
        return MessageText(
            subject: "[SEG-B\(needID)] \(title): " + language.text(step.status.label),
            body: [language.text("To {1},", UntrustedText.line(consumer)), "",
                   language.text("You back the segment's need \"{1}\" (ours: SEG-B{2}) as {3}.", title, needID,
                                 language.text(importance.label)), "", what]
                + (step.note.map { ["", $0, ""] } ?? [""])
                + [language.text("Reply to this message with anything the provider should know.")])
    }
}

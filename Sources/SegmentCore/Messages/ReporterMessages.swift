/// One reporter's report as messages to them quote it: our id, their own
/// reference and their title.
public struct ReportQuote: Equatable, Sendable {
    public var incidentID: Int64
    /// The reporter's own reference (their ticket number, or their mail's
    /// Message-ID); nil when they gave none and segdesk made one up.
    public var reference: String?
    public var title: String

    /// `externalID` as the incident keeps it: one segdesk made for a phone
    /// report without the caller's reference, or for a mail without a
    /// Message-ID, is not the reporter's and is not quoted back to them.
    public init(incidentID: Int64, externalID: String, title: String) {
        self.incidentID = incidentID
        reference = IncidentReference.isMadeUp(externalID) ? nil : externalID
        self.title = title
    }

    /// The reference as a sentence quotes it after "your report": a space
    /// and the reference, or nothing.
    var quoted: String { reference.map { " " + UntrustedText.line($0) } ?? "" }
}

/// The references segdesk makes for a report that came without one.
public enum IncidentReference {
    /// A phone report's: `PHONE-`, the time and a number.
    static func phone(at time: Int64, number: Int64) -> String { "PHONE-\(time)-\(number)" }

    /// Whether `text` is one segdesk made: a phone report's, or a mail's
    /// that had no Message-ID (`segdesk-` and a digest of the mail).
    public static func isMadeUp(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        if parts.count == 3, parts[0] == "PHONE", parts.dropFirst().allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }) { return true }
        return text.hasPrefix("segdesk-")
    }
}

/// What segdesk writes to a consumer that reported a fault: a reply, a
/// known issue, an interim update and the resolution, each under the
/// report's own tag so the answer joins it.
public enum ReporterMessages {
    public static func reply(_ report: ReportQuote, text: String, in language: Language) -> MessageText {
        MessageText(subject: "[SEG-\(report.incidentID)] " + language.text("Re: {1}", UntrustedText.line(report.title)),
                    body: [language.text("About your report{1} (our reference SEG-{2}):", report.quoted,
                                         report.incidentID), "", text])
    }

    /// A change request became need `needID`: what that means and how it is followed up.
    public static func becameNeed(_ report: ReportQuote, needID: Int64, in language: Language) -> MessageText {
        MessageText(
            subject: "[SEG-\(report.incidentID)] " + language.text("Your change request is now need {1}", needID),
            body: [language.text("Your change request{1} (our reference SEG-{2}) is now need {3} in the segment's list of needs, backed by you as a must have.",
                                 report.quoted, report.incidentID, needID), "",
                   language.text("We gather the other consumers that need the same, bring the need to the provider, and where the law does not yet allow it, to the ministry. We will tell you when it moves; answer this message to add to it.")])
    }

    /// The fault is one the provider announced; `endsAt` when it said when it ends.
    public static func knownIssue(_ report: ReportQuote, noticeTitle: String, endsAt: Int64?, in language: Language) -> MessageText {
        let title = UntrustedText.line(noticeTitle)
        let until = endsAt.map { " " + language.text("It is expected to end at {1}.", MessageTime.moment($0, language)) } ?? ""
        return MessageText(
            subject: "[SEG-\(report.incidentID)] " + language.text("Known issue: {1}", title),
            body: [language.text("Your report{1} (our reference SEG-{2}) matches a fault the provider has already announced: {3}.",
                                 report.quoted, report.incidentID, title) + until, "",
                   language.text("There is nothing more you need to do; we will tell you when the provider reports it resolved.")])
    }

    /// Where the case stands, and the operator's `text`.
    public static func interimUpdate(_ report: ReportQuote, caseTitle: String, reports: Int, consumers: Int, status: CaseStatus,
                                     text: String, in language: Language) -> MessageText {
        let standing = switch status {
        case .open: language.text("We are gathering the reports and will bring them to the provider.")
        case .forwarded: language.text("The provider has the case and we are waiting for its answer.")
        default: language.text("The provider has acknowledged the case and is working on it.")
        }
        return MessageText(
            subject: "[SEG-\(report.incidentID)] " + language.text("Update: {1}", UntrustedText.line(report.title)),
            body: [language.text("Your report{1} (our reference SEG-{2}) is still open.", report.quoted,
                                 report.incidentID), "",
                   language.text("It is one of {1} reports from {2} consumers on the same fault: {3}", language.number(reports),
                                 language.number(consumers), UntrustedText.line(caseTitle)),
                   language.text("Status: {1}.", language.text(status.rawValue)) + " " + standing, "", text, "",
                   language.text("We will write again when it is resolved. Reply to this message if you have news.")])
    }

    /// The provider fixed the fault; `resolution` is what the operator wrote.
    public static func resolved(_ report: ReportQuote, caseTitle: String, resolution: String, in language: Language) -> MessageText {
        MessageText(
            subject: "[SEG-\(report.incidentID)] " + language.text("Resolved: {1}", UntrustedText.line(report.title)),
            body: [language.text("Your report{1} (our reference SEG-{2}) is resolved.", report.quoted,
                                 report.incidentID), "",
                   language.text("The provider has fixed the fault behind it: {1}", UntrustedText.line(caseTitle)), resolution, "",
                   language.text("Reports from several consumers were handled together as one case with the provider."),
                   language.text("Reply to this message if the fault is still there.")])
    }
}

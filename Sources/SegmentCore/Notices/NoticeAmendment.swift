/// A fact of a notice the operator may correct, by the name typed after `:edit`.
public enum NoticeField: String, CaseIterable, Sendable {
    case title, text, effective, deadline, ends, services, environment

    /// The fact's name as a message and the record show it.
    public var label: String {
        switch self {
        case .title: "Title"
        case .text: "Text"
        case .effective: "Effective"
        case .deadline: "Deadline"
        case .ends: "Ends"
        case .services: "Services"
        case .environment: "Environment"
        }
    }
}

/// A correction of a notice as the operator asks for it. Values are as
/// typed: a moment is `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` in the segment's
/// zone, and `none` takes away a deadline or an end.
public enum NoticeAmendment: Equatable, Sendable {
    case edit(NoticeField, String)
    /// The notice takes effect later; an end it has moves with it.
    case postpone(String)
    /// The notice no longer holds, for a reason the consumers are told.
    case withdraw(reason: String)
    /// An outage or maintenance over now.
    case end
}

/// A value of a notice's fact, worded in the reader's language where it is shown.
public enum NoticeValue: Equatable, Sendable {
    case text(String)
    /// A moment, or none (no deadline, no end).
    case moment(Int64?)
    case services([String])
    case environment(ServiceEnvironment)

    /// The value as a consumer or the operator reads it.
    public func worded(in language: Language) -> String {
        switch self {
        case .text(let text): UntrustedText.line(text)
        case .moment(let time?): MessageTime.moment(time, language)
        case .moment(nil): language.text("none")
        case .services(let keys): keys.joined(separator: ", ")
        case .environment(let environment): language.text(environment.rawValue)
        }
    }

    /// The value as the journal keeps it.
    var journalled: String {
        switch self {
        case .text(let text): "\"\(UntrustedText.line(String(text.prefix(80))))\""
        case .moment(let time): time.map(Timestamp.iso) ?? "none"
        case .services(let keys): keys.joined(separator: ",")
        case .environment(let environment): environment.rawValue
        }
    }
}

/// One fact changed by a correction, before and after.
public struct NoticeFieldChange: Equatable, Sendable {
    public var field: NoticeField
    public var before: NoticeValue
    public var after: NoticeValue

    /// The facts that differ between two states of a notice, in field order.
    static func between(_ before: NoticeFacts, _ after: NoticeFacts) -> [NoticeFieldChange] {
        let pairs: [(NoticeField, NoticeValue, NoticeValue)] = [
            (.title, .text(before.title), .text(after.title)), (.text, .text(before.body), .text(after.body)),
            (.effective, .moment(before.effectiveAt), .moment(after.effectiveAt)),
            (.deadline, .moment(before.deadline), .moment(after.deadline)), (.ends, .moment(before.endsAt), .moment(after.endsAt)),
            (.services, .services(before.serviceKeys), .services(after.serviceKeys)),
            (.environment, .environment(before.environment), .environment(after.environment)),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { NoticeFieldChange(field: $0.0, before: $0.1, after: $0.2) }
    }
}

/// What a correction would do, as the box before it shows it: the facts it
/// changes, and on a published notice one correction to each consumer sent
/// it and the notice itself to each consumer it adds.
public struct NoticeCorrection: Equatable, Sendable {
    public var noticeID: Int64
    public var amendment: NoticeAmendment
    public var changes: [NoticeFieldChange]
    public var published: Bool
    /// The correction to each consumer that was sent the notice.
    public var corrections: NoticePublication
    /// Consumers the correction brings into the audience.
    public var added: Int
    /// Consumers not yet sent the notice that it no longer reaches.
    public var removed: Int
}

/// The facts of a notice a correction reads and writes.
struct NoticeFacts: Equatable {
    var kind: NoticeKind
    var title: String
    var body: String
    var effectiveAt: Int64
    var deadline: Int64?
    var endsAt: Int64?
    var environment: ServiceEnvironment
    var serviceIDs: [Int64]
    var serviceKeys: [String]
    var providerID: Int64
    var published: Bool
    var withdrawn: Bool
}

/// A knowledge-base article as a file gives it: a title and text in bokmål,
/// English or both, the services and error codes it is about, tags, a
/// status and its source.
public struct IncomingArticle: Equatable, Sendable, IntakeRecord {
    public var line: Int
    public var bokmal: ArticleText?
    public var english: ArticleText?
    public var serviceKeys: [String]
    public var errorCodes: [String]
    public var tags: [String]
    public var status: ArticleStatus
    public var source: ArticleSource
    public var providerReference: String?
    public var clarifiedAt: Int64?

    public static let fieldNames = ["title_nb", "text_nb", "title_en", "text_en", "services", "error_codes", "tags", "status", "source",
                                    "provider_reference", "clarified_at"]

    /// The longest text an article may have, in bytes, per language.
    public static let maximumTextBytes = 64 * 1024

    public static func check(_ fields: [String: FieldValue], line: Int, file: String) -> RecordCheck<IncomingArticle> {
        var reader = FieldReader(fields, line: line, file: file)
        func language(_ suffix: String) -> ArticleText? {
            let title = reader.line("title_\(suffix)", required: false, maximum: 300)
            let text = reader.text("text_\(suffix)", required: false)
            if let text {
                if text.utf8.count > maximumTextBytes { reader.problem("text_\(suffix)", localized("is longer than 64 KB")) }
                for link in KnowledgeText.badLinks(in: text) {
                    reader.problem("text_\(suffix)", localized("\"{1}\" is not a link an article may hold: only http, https and mailto", UntrustedText.line(link)))
                }
            }
            switch (title, text) {
            case let (title?, text?): return ArticleText(title: title, text: text)
            case (nil, _?): reader.problem("title_\(suffix)", localized("the text needs a title in the same language"))
            case (_?, nil): reader.problem("text_\(suffix)", localized("the title needs a text in the same language"))
            case (nil, nil): break
            }
            return nil
        }
        let bokmal = language("nb"), english = language("en")
        let codes = reader.words("error_codes", required: false).map(ErrorCode.normalised)
        for code in codes where code.count > 40 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_. ".contains($0)) }) {
            reader.problem("error_codes", localized("expected error codes such as TD-005 or HTTP 503, got \"{1}\"", UntrustedText.line(code)))
        }
        let status = reader.identifier("status", required: false).map { word -> ArticleStatus? in
            guard let status = ArticleStatus(rawValue: word) else {
                reader.problem("status", localized("expected draft, published or retired, got \"{1}\"", word))
                return nil
            }
            return status
        } ?? .published
        let source = reader.identifier("source", required: false).map { word -> ArticleSource? in
            guard let source = ArticleSource(rawValue: word) else {
                reader.problem("source", localized("expected provider (clarified with the provider) or own, got \"{1}\"", word))
                return nil
            }
            return source
        } ?? .own
        let reference = reader.line("provider_reference", required: false, maximum: 200)
        // A day, as a clarification is dated, or a time.
        let clarifiedText = reader.identifier("clarified_at", required: false)
        let clarified = clarifiedText.flatMap { SegmentZone.current.startOfDay($0) ?? Timestamp.parse($0) }
        if let clarifiedText, clarified == nil {
            reader.problem("clarified_at", localized("expected a day YYYY-MM-DD or a time such as 2026-10-01T12:00:00+02:00, got \"{1}\"",
                                                     UntrustedText.line(clarifiedText)))
        }
        if source == .provider && reference == nil {
            reader.problem("provider_reference", localized("an article clarified with the provider names the provider's reference"))
        }
        if bokmal == nil && english == nil && reader.problems.isEmpty {
            reader.problem("title_nb", localized("an article needs a title and a text in bokmål (title_nb, text_nb) or English (title_en, text_en)"))
        }
        guard reader.problems.isEmpty, let status, let source else { return .bad(reader.problems) }
        return .good(IncomingArticle(line: line, bokmal: bokmal, english: english, serviceKeys: reader.words("services", required: false),
                                     errorCodes: codes, tags: reader.words("tags", required: false), status: status, source: source,
                                     providerReference: reference, clarifiedAt: clarified))
    }
}

import Foundation
import SegmentCore

/// An article written in a form, checked as an import checks one.
struct ArticleForm: EntryFormKind {
    var title: String { localized("Write an article") }
    var note: String { localized("Enter saves it; a title needs its text, in bokmål, English or both") }
    var cancelled: Wording { Wording("article not written") }
    let required: [String] = []

    var fields: [EntryForm.Field] {
        [.init("title_nb", "Title (nb)", "one line"), .init("text_nb", "Text (nb)", "| starts a new paragraph"),
         .init("title_en", "Title (en)", "one line"), .init("text_en", "Text (en)", "| starts a new paragraph"),
         .init("services", "Services", "keys, space-separated"), .init("error_codes", "Codes", "such as TD-005, comma-separated"),
         .init("tags", "Tags", "space-separated"), .init("status", "Status", "draft, published or retired"),
         .init("source", "Source", "own, or provider with a reference"), .init("provider_reference", "Their ref", "the provider's reference")]
    }

    var initialValues: [String: String] { ["status": "published", "source": "own"] }

    func effect(of form: EntryForm) -> Result<Effect, EntryForm.FormProblem> {
        var fields: [String: String] = [:]
        for field in self.fields.map(\.key) {
            fields[field] = form.text(field).split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }.joined(separator: "\n\n")
        }
        return .success(.knowledge(.write(fields)))
    }
}

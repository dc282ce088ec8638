import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// What the segment has learnt, kept: a segment set up from empty files
/// (Skatteetaten's inntekt-api, a bokmål bank and an English one), five
/// articles imported, and reports answered from them.
@Suite("The knowledge base", .checkingStores)
struct KnowledgeTests {
    private static let articles = [
        #"{"title_nb":"TD-005: ingen data for personen","text_nb":"TD-005 med HTTP 404 betyr at Skatteetaten ikke har data om personen for perioden. Søknaden kan gå videre.","title_en":"TD-005: no data for the person","text_en":"TD-005 with HTTP 404 means the Tax Administration has no data for the person in the period. The application can go on.","services":["inntekt-api"],"error_codes":["TD-005"],"tags":["404"],"source":"provider","provider_reference":"SKE-2211","clarified_at":"2026-10-01"}"#,
        #"{"title_nb":"Tomt felt for næringsinntekt","text_nb":"Et tomt felt betyr at personen ikke har næringsinntekt i Brønnøysundregistrene.","title_en":"Empty business income field","text_en":"An empty field means the person has no business income.","services":["inntekt-api"],"tags":["felt"]}"#,
        #"{"title_nb":"Hvilke inntektstyper teller","text_nb":"Lønn, pensjon og trygd teller; se https://www.skatteetaten.no/inntekt.","services":["inntekt-api"]}"#,
        #"{"title_en":"Rate limits","text_en":"At most 20 calls a second per consumer; write to mailto:drift@koordinator.example for more.","tags":["ytelse"]}"#,
        #"{"title_nb":"Planlagt vedlikehold hver tirsdag","text_nb":"Tjenesten kan være utilgjengelig tirsdager 06:00-07:00.","status":"draft"}"#,
    ].joined(separator: "\n")

    private func segment() throws -> Store {
        let store = try emptyStore()
        let services = #"{"provider":"ske","provider_name":"Skatteetaten","provider_email":"drift@ske.example","service":"inntekt-api","service_name":"Inntekt","environments":["production"]}"#
        let consumers = [
            #"{"org_number":"910000004","name":"Fjordbanken","mail_domain":"fjordbanken.example","stage":"live","language":"nb","services":["inntekt-api"],"contacts":[{"role":"technical","name":"Drift","email":"drift@fjordbanken.example"}]}"#,
            #"{"org_number":"910000071","name":"Nordic Lending","mail_domain":"nordic.example","stage":"live","language":"en","services":["inntekt-api"],"contacts":[{"role":"technical","name":"Ops","email":"ops@nordic.example"}]}"#,
        ].joined(separator: "\n")
        _ = try store.intakeDesk.importServices(IntakeFile.read(Data(services.utf8), name: "s.jsonl", csv: false, as: IncomingService.self),
                                                file: "s.jsonl", skipBad: false)
        _ = try store.consumerDesk.importConsumers(IntakeFile.read(Data(consumers.utf8), name: "c.jsonl", csv: false, as: IncomingConsumer.self),
                                                   file: "c.jsonl", skipBad: false)
        let report = try store.knowledgeDesk.importArticles(IntakeFile.read(Data(Self.articles.utf8), name: "a.jsonl", csv: false,
                                                                            as: IncomingArticle.self), file: "a.jsonl", skipBad: false)
        #expect(report.imported == 5)
        return store
    }

    private func report(_ store: Store, from bank: String, code: String?, title: String) throws -> Int64 {
        let code = code.map { #","error_code":"\#($0)""# } ?? ""
        let line = #"{"external_id":"R-\#(bank)-\#(title.count)","consumer":"\#(bank)","service":"inntekt-api","received_at":"2026-11-26T11:50:00Z","title":"\#(title)","kind":"question"\#(code)}"#
        let file = IncidentFile.read(Data(line.utf8), name: "i.jsonl", csv: false)
        _ = try store.intakeDesk.importIncidents(file.records, problems: file.problems, file: "i.jsonl", skipBad: false)
        return try #require(try store.database.first("SELECT max(id) FROM incidents", [], { $0.int(0) }))
    }

    @Test("a TD-005 question from a bokmål bank proposes the TD-005 article first; answering sends its bokmål text in the thread, stops the clock and counts the use")
    func answersInBokmal() throws {
        let store = try segment()
        let incident = try report(store, from: "910000004", code: "TD-005", title: "Får 404 på inntekt for en søker")
        let proposals = try store.knowledgeDesk.proposals(incidentID: incident)
        #expect(proposals.first?.article == 1)
        #expect(proposals.count <= 3)
        try store.knowledgeDesk.sendAnswer(incidentID: incident, articleID: 1)
        let sent = try #require(try store.database.first("SELECT recipient, subject, body FROM outbox WHERE entity = 'incident' AND entity_id = ?",
                                                         [.integer(incident)], { ($0.string(0), $0.string(1), $0.string(2)) }))
        #expect(sent.0 == "drift@fjordbanken.example")
        #expect(sent.1.hasPrefix("[SEG-\(incident)]"))
        #expect(sent.2.contains("TD-005 med HTTP 404 betyr at Skatteetaten ikke har data"))
        let detail = try store.incident(id: incident)
        #expect(detail.row.status == .resolved && detail.resolution == .answered)
        #expect(try store.database.first("SELECT responded_at FROM incidents WHERE id = ?", [.integer(incident)], { $0.optionalInt(0) }) != nil)
        #expect(try store.knowledge.article(1)?.recentUses == 1)
        #expect(try store.knowledge.window(anchor: .start, limit: 5, filter: "").first?.id == 1, "the most used first")
    }

    @Test("an English bank gets the English text")
    func answersInEnglish() throws {
        let store = try segment()
        let incident = try report(store, from: "910000071", code: "TD-005", title: "404 from income API")
        let message = try store.knowledgeDesk.answer(incidentID: incident, articleID: 1)
        #expect(message.body.contains("TD-005 with HTTP 404 means the Tax Administration has no data"))
        #expect(!message.body.contains("Skatteetaten ikke har data"))
    }

    @Test("the search finds a word of the text typed without ø, and å typed as aa; a draft is listed but never proposed")
    func search() throws {
        let store = try segment()
        #expect(try store.knowledge.window(anchor: .start, limit: 10, filter: "bronnoysund").map(\.id) == [2])
        #expect(try store.knowledge.window(anchor: .start, limit: 10, filter: "Brønnøy").map(\.id) == [2])
        #expect(try store.knowledge.count(filter: "naeringsinntekt") == 1)
        #expect(try store.knowledge.count(filter: "") == 5)
        let incident = try report(store, from: "910000004", code: nil, title: "Planlagt vedlikehold tirsdag")
        #expect(try store.knowledgeDesk.proposals(incidentID: incident).allSatisfy { $0.article != 5 })
    }

    @Test("an article without a title or a text, with an unknown service, or with a javascript: link is refused with its line, and nothing is written")
    func badArticles() throws {
        let store = try segment()
        let bad = [
            #"{"text_nb":"Tekst uten tittel"}"#,
            #"{"title_nb":"Ukjent tjeneste","text_nb":"x","services":["finnes-ikke"]}"#,
            #"{"title_en":"Click","text_en":"See javascript:alert(1) for details"}"#,
            #"{"title_en":"Nothing"}"#,
            #"{"title_nb":"Fra tilbyder","text_nb":"x","source":"provider"}"#,
        ].joined(separator: "\n")
        #expect(throws: ImportRefused.self) {
            try store.knowledgeDesk.importArticles(IntakeFile.read(Data(bad.utf8), name: "b.jsonl", csv: false, as: IncomingArticle.self),
                                                   file: "b.jsonl", skipBad: false)
        }
        let contents: IntakeChunk<IncomingArticle> = IntakeFile.read(Data(bad.utf8), name: "b.jsonl", csv: false)
        let problems = contents.problems.map(\.description)
        #expect(problems.contains { $0.hasPrefix("b.jsonl:1: title_nb:") })
        #expect(problems.contains { $0.hasPrefix("b.jsonl:3: text_en:") && $0.contains("javascript:") })
        #expect(problems.contains { $0.hasPrefix("b.jsonl:4: text_en:") })
        #expect(problems.contains { $0.hasPrefix("b.jsonl:5: provider_reference:") })
        #expect(try store.knowledge.count(filter: "") == 5)
    }

    @Test(":publish makes an information notice of an article for the consumers of its services; a draft article is refused")
    func publishAsNotice() throws {
        let store = try segment()
        let notice = try store.knowledgeDesk.draftNotice(fromArticle: 1)
        let publication = try store.noticeDesk.noticePublication(id: notice, keepingPersonalData: false)
        #expect(publication.messages.count == 2)
        #expect(publication.messages.first?.message.body.contains("TD-005 med HTTP 404") == true)
        #expect(throws: StoreError.refused(.articleNotPublished(article: 5, status: "draft"))) { try store.knowledgeDesk.draftNotice(fromArticle: 5) }
    }

    @Test("an edit is checked as an import is, refused when another operator changed the article first, and the journal keeps the field before")
    func edits() throws {
        let store = try segment()
        #expect(throws: StoreError.refused(.articleProblem("text_en: the title needs a text in the same language"))) {
            try store.knowledgeDesk.editArticle(id: 3, field: "title_en", value: "Which income counts", seen: 1)
        }
        try store.knowledgeDesk.editArticle(id: 3, field: "tags", value: "inntekt lønn", seen: 1)
        #expect(throws: StoreError.self) { try store.knowledgeDesk.editArticle(id: 3, field: "services", value: "finnes-ikke", seen: 2) }
        #expect(throws: StoreError.refused(.articleProblem("text_nb: the title needs a text in the same language"))) {
            try store.knowledgeDesk.editArticle(id: 3, field: "text_nb", value: "", seen: 2)
        }
        #expect(throws: StoreError.self) { try store.knowledgeDesk.editArticle(id: 3, field: "title_nb", value: "Ny", seen: 1) }
        let entry = try store.database.first("SELECT before, after FROM journal WHERE entity = 'article' AND entity_id = 3 AND action = 'updated'") {
            ($0.string(0), $0.string(1))
        }
        #expect(entry?.0 == "tags=" && entry?.1 == "tags=inntekt lønn")
    }

    @Test("the report counts the questions by service and code with those answered from an article, and the codes asked most without one")
    func report() throws {
        let store = try segment()
        let answered = try report(store, from: "910000004", code: "TD-005", title: "404 for en søker")
        _ = try report(store, from: "910000071", code: "TD-005", title: "404 for an applicant")
        _ = try report(store, from: "910000004", code: "TD-777", title: "Ukjent kode TD-777")
        try store.knowledgeDesk.sendAnswer(incidentID: answered, articleID: 1)
        let statistics = try store.statistics(days: 7)
        #expect(statistics.questions.first == SegmentStatistics.Questions(service: "inntekt-api", code: "TD-005", asked: 2, answeredFromArticle: 1))
        #expect(statistics.uncoveredCodes == [SegmentStatistics.UncoveredCode(code: "TD-777", reports: 1)])
        let text = statistics.text(unicode: false, in: .english)
        #expect(text.contains("inntekt-api TD-005") && text.contains("2 asked, 1 from an article"))
    }

    @Test("a use older than 90 days stops counting once the uses are refreshed, as segdesk alert does each minute")
    func recentUsesExpire() throws {
        let store = try segment()
        try store.knowledge.recordUse(2, incident: nil, at: testNow - 91 * 86_400)
        try store.knowledge.recordUse(2, incident: nil, at: testNow - 10 * 86_400)
        #expect(try store.knowledge.article(2)?.recentUses == 2, "counted when the use was recorded")
        try store.knowledge.refreshRecentUses(at: testNow)
        #expect(try store.knowledge.article(2)?.recentUses == 1)
        #expect(try store.knowledge.article(2)?.uses == 2)
    }

    @Test("the known answers become articles once, tagged known-answer; the file keeps answering")
    func knownAnswers() throws {
        let store = try segment()
        let answers = KnownAnswers(answers: ["DAS-003": [.bokmal: "Token avvist: be om nytt token.", .english: "Token refused: ask for a new one."]])
        #expect(try store.knowledgeDesk.adopt(answers) == 1)
        #expect(try store.knowledgeDesk.adopt(answers) == 0)
        let adopted = try #require(try store.knowledge.article(6))
        #expect(adopted.tags == ["known-answer"] && adopted.errorCodes == ["DAS-003"])
        #expect(answers.answer(for: "das-003", in: .english) == "Token refused: ask for a new one.")
    }
}

/// From question to article: a question the segment cannot answer is asked
/// of the provider's experts, and their reply becomes a draft article.
@Suite("From a question to an article", .checkingStores)
struct QuestionToArticleTests {
    @Test(":ask-provider on a question makes a question case in its own thread; the provider's reply by mail is kept on it; :article drafts an article with the provider's reference")
    func askAndDraft() throws {
        let store = try emptyStore()
        let ids = try threeBanksReporting(["Hva betyr feltet skattepliktig?", "B", "C"], in: store)
        let caseID = try store.knowledgeDesk.askProvider(incidentID: ids[0], question: "Betyr tomt felt at personen ikke er skattepliktig?")
        #expect(try store.cases.isQuestion(caseID))
        #expect(try store.incident(id: ids[0]).row.status == .forwarded)
        let sent = try #require(try store.database.first("SELECT recipient, subject, body, message_id FROM outbox WHERE entity = 'case' AND entity_id = ?",
                                                         [.integer(caseID)], { ($0.string(0), $0.string(1), $0.string(2), $0.string(3)) }))
        #expect(sent.1.hasPrefix("[SEG-C\(caseID)] "))
        #expect(sent.2.contains("Betyr tomt felt at personen ikke er skattepliktig?"))
        #expect(try store.cases.open(serviceID: 1, environment: "production", errorCode: "HTTP 503") != caseID, "a fault does not join a question")
        let reply = "From: <\(sent.0)>\r\nSubject: Re: \(sent.1)\r\nIn-Reply-To: \(sent.3)\r\nMessage-ID: <svar1@ske.example>\r\n\r\nTomt felt betyr at personen ikke har skattepliktig inntekt. Vår ref SKE-9001.\r\n"
        #expect(try MailIntake(store: store).take(try InboundMail.parse(Array(reply.utf8)), deliveredAt: testNow) == .providerUpdate(caseID: caseID))
        let article = try store.knowledgeDesk.draftArticle(fromCase: caseID)
        let drafted = try #require(try store.knowledge.article(article))
        #expect(drafted.status == .draft && drafted.source == .provider)
        #expect(drafted.text(in: .bokmal)?.text.contains("Tomt felt betyr at personen ikke har skattepliktig inntekt") == true)
        #expect(drafted.providerReference != nil)
        #expect(throws: StoreError.refused(.questionNeedsText)) { try store.knowledgeDesk.askProvider(incidentID: ids[1], question: "  ") }
    }
}

import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// What a person sees: the dashboard rendered into the in-memory screen from
/// the demo segment with a fixed clock, read back as text.
@Suite("Screens", .checkingStores)
struct ScreenTests {
    @Test("at 80x24 the incidents pane is open, the other six show their title and count")
    func incidentsGolden() throws {
        let harness = Harness(store: try demoStore())
        #expect(harness.screen.text == """
             segdesk │ 21 new │ 22 overdue │ 2 open cases                        kari 13:00
             1 Incidents  56 open · 600
              Pri  Age    SLA Status    Consumer         Title
              P1    3d    +3d waiting   Kredittkassen F… SSG-210: ugyldig inntektsår i fore…
              P1   28h   +24h in case   Fiskevær Finans… 401 Unauthorized etter sertifikatb…
              P1   28h   +24h in case   Fjordvik Spareb… 401 Unauthorized etter sertifikatb…
              P1   28h   +24h in case   Steinrøysa Kred… 401 Unauthorized etter sertifikatb…
              P1   28h   +24h in case   Kredittkassen S… 401 Unauthorized etter sertifikatb…
              P1   28h   +24h in case   Måkeskjær Finan… 401 Unauthorized etter sertifikatb…
              P1   28h   +24h in case   Banken i Grønlia 401 Unauthorized etter sertifikatb…
              P1   28h   +24h in case   Banken i Bjørke… 401 Unauthorized etter sertifikatb…
              P1   27h   +23h in case   Kløverhagen Ban… 401 Unauthorized etter sertifikatb…
              P1   27h   +23h in case   Banken i Vårstr… 401 Unauthorized etter sertifikatb…
              P1   27h   +23h in case   Banken i Tindev… 401 Unauthorized etter sertifikatb…
              P1   14h   +13h new       Fiskevær Finans… Ønsker webhook ved endret skattegr…
              P1   14h   +10h waiting   Fiskevær Finans… Ønsker feltet arbeidsgiver-orgnr i…
              P1   12h  +8h13 triaged   Havbrynet Lånes… SSG-104: skattegrunnlag mangler fo…
             2 Provider cases  2 open · 2
             3 Change notices  15 · 1 draft · lead time 13d (median)
             4 Needs  30
             5 Consumers  40 · 27 live · 13 onboarding
             6 Providers  1 · 5 services
             7 Knowledge  6 · most used first
             ! m groups: 19 consumers report HTTP 500 on inntekt-api within the hour
            """)
    }

    @Test("the selected row and priorities carry roles, so no meaning rests on colour alone")
    func roles() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("j"))
        let screen = harness.screen
        #expect(screen[2, 4].role == .selected)
        #expect(screen[2, 3].role == .priority1)
        #expect(screen.lines[3].contains("P1"))
    }

    @Test("each pane at 80x24 shows its columns and the rows a person expects", arguments: [
        (PaneKind.cases, "Affected At prov Provider ref", "SKE-"),
        (.notices, "Kind         Breaking Status    Effective", "BREAKING"),
        (.needs, "Score Backers Status      Legal", "not cov"),
        (.consumers, "Org no", "Agreement"),
    ])
    func panesAtSmallSize(pane: PaneKind, heading: String, content: String) throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character(Character(String(pane.rawValue))))
        let text = harness.screen.text
        #expect(text.contains(heading))
        #expect(text.contains(content))
        #expect(harness.screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(harness.screen.lines[1] == " 1 Incidents  56 open · 600")
    }

    @Test("the cases pane shows the provider's clock: how long it has held each forwarded, open case")
    func providerClock() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("2"))
        #expect(harness.screen.text.contains(/(forwarded|acknowledged) +\d+ +\d+[smhd]/))
    }

    @Test("change notices show acknowledgements as acked/affected")
    func acknowledgementCounts() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("3"))
        #expect(harness.screen.text.contains(/\d+\/\d+/))
    }

    @Test("at 200x40 (too low for the overview) the panes stand beside a preview of the selected record",
          arguments: PaneKind.allCases)
    func widePreview(pane: PaneKind) throws {
        var harness = Harness(store: try demoStore(), width: 200, height: 40)
        harness.press(.character(Character(String(pane.rawValue))))
        let screen = harness.screen
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 200 })
        #expect(screen[110, 2].character == "│")
        let preview = screen.lines.map { String($0.dropFirst(111)) }.joined(separator: "\n")
        let expectedLabel = ["Priority", "Affected", "Kind", "Backing", "Stage", "Cases go to", "Error codes"][pane.rawValue - 1]
        #expect(preview.contains(expectedLabel), "\(preview)")
    }

    @Test("Enter opens the record with its history; the history comes from the journal")
    func recordWithHistory() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("2"), .enter)
        let text = harness.screen.text
        #expect(text.contains("Provider case #"))
        #expect(text.contains("Affected"))
        harness.press(.character("G"))
        #expect(harness.screen.text.contains("History"))
        #expect(harness.screen.text.contains("forwarded"))
        harness.press(.escape)
        #expect(harness.state.detail == nil)
    }

    @Test("typing a filter narrows the pane and says how many of how many match")
    func filterCount() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("/"))
        harness.type("401")
        let text = harness.screen.text
        #expect(text.contains(/\d+ of 600/))
        #expect(harness.screen.lines.dropFirst(3).prefix(5).allSatisfy { $0.contains("401") })
        harness.press(.escape)
        #expect(harness.screen.lines[1] == " 1 Incidents  56 open · 600")
    }

    @Test("scrolling keeps the counts it has; only a new filter or a change counts again")
    func countsSurviveScrolling() throws {
        var harness = Harness(store: try demoStore())
        #expect(harness.state.panes[.incidents]!.countedFilter == "")
        for _ in 0..<20 { harness.press(.character("j")) }
        #expect(harness.state.panes[.incidents]!.countedFilter == "")
        #expect(harness.state.panes[.incidents]!.total == 600)
        harness.press(.character("/"))
        harness.type("4")
        #expect(harness.state.panes[.incidents]!.countedFilter == "4")
    }

    @Test("hostile text shows placeholders and never an escape character")
    func hostileText() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("/"))
        harness.type("respons")
        harness.press(.enter, .enter)
        let text = harness.screen.text
        #expect(text.contains("Feil i respons \(UntrustedText.placeholder)"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    }

    @Test("below 40x12 the screen says it is too small instead of drawing garbage")
    func tooSmall() throws {
        var harness = Harness(store: try demoStore(incidents: 20))
        harness.send(.resized(width: 38, height: 11))
        #expect(harness.screen.text.contains("Terminal too small: 38x11."))
    }

    @Test("? shows every key of the current view; Esc closes it")
    func help() throws {
        var harness = Harness(store: try demoStore(incidents: 20))
        harness.press(.character("?"))
        let text = harness.screen.text
        #expect(text.contains("Keys: dashboard"))
        #expect(text.contains("filter the pane as you type"))
        harness.press(.escape)
        #expect(harness.state.help == nil)
    }

    @Test("assigning the selected incident to me shows in the list and in its history, and u undoes it")
    func assignAndUndo() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("a"))
        #expect(harness.state.message?.text == "assigned 1 incident (u undoes)")
        harness.press(.enter)
        #expect(harness.screen.text.contains("Assignee     kari"))
        harness.press(.character("G"))
        #expect(harness.screen.text.contains("kari assigned"))
        harness.press(.character("u"))
        #expect(harness.screen.text.contains("Assignee     nobody"))
    }

    @Test("the banner proposes the fault many consumers report; m groups them into one case and the banner goes")
    func bannerThenGroup() throws {
        var harness = Harness(store: try demoStore())
        #expect(harness.screen.lines.last == " ! m groups: 19 consumers report HTTP 500 on inntekt-api within the hour")
        let casesBefore = harness.state.panes[.cases]!.total
        harness.press(.character("m"))
        #expect(harness.state.message?.text.hasPrefix("grouped 20 incidents into case #") == true, "19 consumers, one twice")
        #expect(harness.state.overview.proposals.isEmpty)
        #expect(harness.state.panes[.cases]!.total == casesBefore + 1)
        #expect(harness.state.panes[.cases]!.isStale, "off screen, the cases pane is counted, not read")
        harness.press(.character("2"))
        #expect(harness.state.focusedPane.rows.count == casesBefore + 1 && !harness.state.focusedPane.isStale)
        #expect(harness.screen.text.contains("open                19"))
        harness.press(.character("1"), .character("u"))
        #expect(harness.state.overview.proposals.count == 1)
    }

    @Test("a pane the store cannot read stays out of date, and idle reads stop there instead of asking again without a pause")
    func readingAheadStopsWhenTheStoreRefuses() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        damagedOnPurpose(store)
        try store.database.execute("ALTER TABLE needs RENAME TO needs_elsewhere")
        let read = (1...3).map { _ in harness.readAhead() }
        #expect(read == [true, true, false], "cases and notices are read, the needs pane is refused")
        #expect(harness.state.nextStalePane == .needs)
        #expect(harness.state.message?.isError == true)
    }

    @Test("given the demo at 80x24, idle moments read the panes off screen, so the first Tab to each reads nothing more")
    func idleMomentsReadAhead() throws {
        var harness = Harness(store: try demoStore())
        #expect(harness.state.nextStalePane == .cases)
        let read = PaneKind.allCases.map { _ in harness.readAhead() }
        #expect(read.allSatisfy { $0 })
        #expect(PaneKind.allCases.allSatisfy { harness.state.panes[$0]!.isStale == false })
        #expect(harness.state.panes[.consumers]!.rows.count > 0)
        for _ in 1..<PaneKind.allCases.count {
            var next = harness.state
            let effects = Reducer.reduce(&next, .keyPressed(.tab))
            #expect(!effects.contains { if case .loadPane = $0 { true } else { false } }, "Tab to \(next.focus) read its pane")
            harness.press(.tab)
        }
    }

    @Test("in an open incident, s raises its priority as of the version shown, and the view shows the change")
    func triageInRecordView() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("j"), .character("j"), .character("j"), .character("j"), .character("j"),
                      .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .enter)
        guard let before = harness.state.detail?.record.incident else {
            Issue.record("no incident open")
            return
        }
        harness.press(.character("s"))
        guard let after = harness.state.detail?.record.incident else {
            Issue.record("the incident closed")
            return
        }
        #expect(after.assessment.impact == max(1, before.assessment.impact - 1))
        #expect(after.version == before.version + (before.assessment.impact > 1 ? 1 : 0))
    }

    @Test("resolving a case asks first, showing every message; Enter cancels, y queues them")
    func resolveAsksFirst() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("2"), .enter)
        guard let providerCase = harness.state.detail?.record.providerCase else {
            Issue.record("no case open")
            return
        }
        let before = try store.outbox.messages().count
        harness.press(.character(":"))
        harness.type("resolve Capacity restored")
        harness.press(.enter)
        let text = harness.screen.text
        #expect(text.contains("Resolve case #\(providerCase.row.id) and its incidents, and queue"))
        #expect(text.contains("To: "))
        #expect(text.contains("y yes · n, Esc or Enter: cancel (the default)"))
        harness.press(.enter)
        #expect(harness.state.confirmation == nil)
        #expect(try store.outbox.messages().count == before)
        harness.press(.character(":"))
        harness.type("resolve Capacity restored")
        harness.press(.enter, .character("y"))
        #expect(harness.state.message?.text.hasPrefix("case #\(providerCase.row.id) resolved") == true)
        #expect(try store.outbox.messages().count > before)
    }

    @Test("f on an open case shows the message to the provider first; y queues it and the case is forwarded")
    func forwardAsksFirst() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.character("m"))
        harness.press(.character("2"), .character("g"))
        let caseID = try #require(harness.state.panes[.cases]!.selectedID)
        harness.press(.character("f"))
        #expect(harness.screen.text.contains("Forward case #\(caseID) to tilbyder-support@skatteetaten.example?"))
        #expect(harness.screen.text.contains("Berørte konsumenter: 19"))
        harness.press(.character("y"))
        #expect(harness.state.message?.change == RecordChange.cases(.forwarded(caseID: caseID)))
        #expect(harness.state.message?.change != RecordChange.cases(.forwarded(caseID: caseID + 1)))
        #expect(harness.state.message?.text.hasPrefix("case #\(caseID) forwarded") == true)
        #expect(try store.caseDesk.providerCase(id: caseID).row.status == .forwarded)
        #expect(harness.screen.lines[0].contains("1 to send"))
    }

    @Test("r on a report without a known answer opens :reply; sending asks first and then queues the reply")
    func freeTextReply() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        harness.press(.enter)
        guard let incident = harness.state.detail?.record.incident else {
            Issue.record("Enter opened no incident")
            return
        }
        try #require(!KnownAnswers.standard.hasAnswer(for: incident.row.errorCode), "the first incident has a known answer")
        harness.press(.character("r"))
        #expect(harness.state.input == .command("reply "))
        harness.type("We are looking into it.")
        harness.press(.enter)
        #expect(harness.screen.text.contains("Send this reply to"))
        let before = try store.outbox.messages().count
        harness.press(.character("y"))
        #expect(try store.outbox.messages().count == before + 1)
        #expect(harness.state.message?.change == RecordChange.incidents(.replyQueued(incidentID: incident.row.id)))
        #expect(harness.state.message?.text.hasPrefix("replied on incident #\(incident.row.id)") == true)
    }

    @Test("n opens the phone form: a missing title and a bad number are said in the form, which stays open; a good report is recorded")
    func phoneReport() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        let number = try #require(try store.consumers.window(anchor: .start, limit: 1).first?.organisationNumber)
        let before = try store.incidentCount()
        harness.press(.character("n"))
        #expect(harness.screen.text.contains("New incident taken by phone"))
        #expect(harness.screen.text.contains("organisation number or name"))
        harness.type("123456789")
        harness.press(.tab)
        harness.type("inntekt-api")
        harness.press(.enter)
        #expect(harness.screen.text.contains("Title is required"))
        harness.type("Ringte om 503")
        harness.press(.enter)
        #expect(harness.screen.text.contains(#"organisation number "123456789" fails the mod-11 check digit"#))
        harness.press(.backTab, .backTab)
        for _ in 0..<9 { harness.press(.backspace) }
        harness.type(number)
        harness.press(.enter)
        #expect(harness.state.input == .none)
        #expect(harness.state.message?.text.hasSuffix("recorded from the phone call") == true)
        #expect(try store.incidentCount() == before + 1)
        #expect(harness.screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("typing a level into Impact or Urgency replaces the 2 already there, so Tab then 1 gives 1, not 21")
    func phoneFormLevelsReplace() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("n"), .tab, .tab, .tab)
        harness.type("1")
        harness.press(.tab)
        harness.type("33")
        guard let form = harness.state.form else { Issue.record("the form closed"); return }
        #expect(form.values["impact"] == "1" && form.values["urgency"] == "3")
        #expect(harness.screen.text.contains("Impact     1") && harness.screen.text.contains("Urgency    3"))
    }

    @Test("a long problem, such as the consumers a name matches, wraps inside the form at 80 columns instead of being cut")
    func phoneFormProblemWraps() throws {
        let store = try demoStore()
        let names = try store.consumers.window(anchor: .start, limit: 100).map(\.name)
        let shared = try #require(names.lazy.compactMap { $0.split(separator: " ").first.map(String.init) }
            .first { word in names.filter { $0.hasPrefix(word + " ") }.count > 1 })
        var harness = Harness(store: store)
        harness.press(.character("n"))
        harness.type(shared)
        harness.press(.tab)
        harness.type("inntekt-api")
        harness.press(.tab)
        harness.type("Ringte om 503")
        harness.press(.enter)
        #expect(harness.screen.text.contains("matches several consumers"))
        #expect(harness.screen.text.contains("type more of the name or the"))
        #expect(harness.screen.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("the phone form finds the consumer by its name, and Esc leaves it without recording anything")
    func phoneReportByName() throws {
        let store = try demoStore()
        var harness = Harness(store: store)
        let name = try #require(try store.consumers.window(anchor: .start, limit: 1).first?.name)
        let before = try store.incidentCount()
        harness.press(.character("n"))
        harness.press(.escape)
        #expect(harness.state.form == nil && harness.state.message?.text == "phone report not recorded")
        harness.press(.character("n"))
        harness.type(name)
        harness.press(.tab)
        harness.type("inntekt-api")
        harness.press(.tab)
        harness.type("Får ikke hentet inntekt")
        harness.press(.tab)
        harness.type("1")
        harness.press(.enter)
        #expect(try store.incidentCount() == before + 1)
        let newest = try store.incident(id: Int64(before + 1))
        #expect(newest.row.consumerName == name && newest.assessment == Assessment(impact: 1, urgency: 2))
    }

    @Test("a record longer than the screen says where you are on a row of its own, never over the text")
    func positionOnItsOwnRow() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("2"), .enter)
        let row = harness.screen.lines[harness.state.height - 2]
        #expect(row.trimmingCharacters(in: .whitespaces).hasPrefix("lines 1-"), "\(row)")
        harness.press(.character("G"))
        let last = harness.screen.lines[harness.state.height - 2].trimmingCharacters(in: .whitespaces)
        #expect(last.hasPrefix("lines ") && last.hasSuffix("of \(last.split(separator: " ").last!)"))
    }

    @Test("a long message in the box scrolls with the move keys, down to its last line")
    func confirmationScrolls() throws {
        var harness = Harness(store: try demoStore())
        harness.press(.character("m"), .character("2"), .character("g"), .character("f"))
        let first = harness.screen.text
        #expect(first.contains("lines 1-"))
        harness.press(.character("j"))
        #expect(harness.screen.text.contains("lines 2-"))
        harness.press(.character("G"))
        let end = harness.screen.text
        let match = try #require(end.firstMatch(of: /lines (\d+)-(\d+) of (\d+)/))
        #expect(match.2 == match.3)
        #expect(end.contains("Svar gjerne med deres referanse for saken."))
        harness.press(.character("k"))
        #expect(harness.state.confirmation != nil)
    }

    @Test("wide characters never split: a CJK name is cut before a character that would not fit")
    func wideCharactersCut() {
        var screen = Screen(width: 10, height: 1)
        screen.write(TextLayout.fit("数据共享数据共享", 7), x: 0, y: 0, limit: 7, role: .normal)
        #expect(screen.lines[0] == "数据共…")
        #expect(DisplayWidth.of(screen.lines[0]) == 7)
    }
}

@Suite("An empty segment", .checkingStores)
struct EmptySegmentScreenTests {
    @Test("on a new file the dashboard names the command that comes next, services first, then consumers")
    func namesTheNextCommand() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        var harness = Harness(store: store)
        #expect(harness.screen.text.contains("This segment has no services yet"))
        #expect(harness.screen.lines.contains { $0.hasPrefix(" → 1. segdesk import services") })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        harness.send(.outsideChangeNoticed)
        #expect(harness.screen.lines.contains { $0.hasPrefix(" → 2. segdesk import consumers") })
        try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordvik", stage: .live))
        harness.send(.outsideChangeNoticed)
        #expect(harness.screen.text.contains("1 Incidents"))
    }

    @Test("r on a TD-005 report sends the known answer in its reporter's language: bokmål to a Norwegian bank, English to an English-speaking one")
    func knownAnswerInTheReportersLanguage() throws {
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        let service = try store.providers.addService(providerID: provider, key: "tilgjengelige-data-api", name: "Data", environments: [.production])
        for (number, language) in [("974760673", Language.bokmal), ("910212958", Language.english)] {
            let bank = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber(number), name: "Bank \(number)",
                                                         stage: .live, serviceIDs: [service], language: language))
            var report = NewIncident(externalID: "R-\(number)", consumerID: bank, serviceID: service, receivedAt: testNow - 300,
                                     title: "TD-005 (HTTP 404)")
            report.errorCode = "TD-005"
            report.reporterEmail = "drift@bank\(number).example"
            _ = try store.intakeDesk.addIncident(report)
        }
        var harness = Harness(store: store, width: 100, height: 30)
        for _ in 0..<2 {
            harness.press(.character("g"))
            harness.press(.enter)
            harness.press(.character("r"))
            harness.press(.character("y"))
            harness.press(.escape)
        }
        let bodies = Dictionary(try store.outbox.messages().map { ($0.recipient, $0.body) }, uniquingKeysWith: { $0 + $1 })
        #expect(try store.outbox.messages().count == 2)
        #expect(bodies["drift@bank974760673.example"]?.contains("TD-005 med HTTP 404 betyr") == true)
        #expect(bodies["drift@bank910212958.example"]?.contains("TD-005 with HTTP 404 means") == true)
    }
}

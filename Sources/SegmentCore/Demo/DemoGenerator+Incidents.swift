import Foundation

extension DemoGenerator {
    /// One report the demo will write: when it arrives, and which burst
    /// (index into the bursts) it belongs to, if any.
    private struct PlannedReport {
        var receivedAt: Int64
        var burst: Int32
        var consumer: Int64
    }

    /// A fault many consumers hit within an hour, and the case grouping it.
    private struct Burst {
        var fault: (service: Int, code: String, title: String)
        var caseID: Int64?
        var status: CaseStatus
        var resolved: Bool
    }

    /// Bursts of one fault from many consumers, each grouped into a provider
    /// case (except the newest, still waiting for the operator), single
    /// reports spread over 90 days, and one report whose text tries to take
    /// over the operator's terminal. Planned first and written in the order
    /// they arrived, so ids follow time as they do in real intake.
    mutating func addIncidents(progress: (Int) -> Void) throws {
        var plan: [PlannedReport] = []
        plan.reserveCapacity(options.incidents)
        var bursts: [Burst] = []
        var remaining = options.incidents - 1
        for index in 0..<max(3, options.incidents / 160) where remaining > 0 {
            // The newest burst waits for the operator; the next few are still with the provider.
            let age: Int64 = switch index {
            case 0: Int64(random.int(900...1800))
            case 1...3: Int64(random.int(3 * 3600...(40 * 3600)))
            default: Int64(random.int(3600...(89 * 86_400)))
            }
            let planned = try planBurst(start: now - age, groupIntoCase: index != 0, limit: remaining,
                                        number: Int32(bursts.count), into: &bursts)
            plan += planned
            remaining -= planned.count
        }
        for _ in 0..<remaining {
            plan.append(PlannedReport(receivedAt: now - Int64(random.int(60...(90 * 86_400))), burst: -1,
                                      consumer: random.pick(reporters)))
        }
        plan.sort { ($0.receivedAt, $0.burst) < ($1.receivedAt, $1.burst) }
        let hostileAt = now - 300
        var hostileWritten = false
        for (index, planned) in plan.enumerated() {
            if !hostileWritten && planned.receivedAt > hostileAt {
                try addHostileReport(receivedAt: hostileAt)
                hostileWritten = true
            }
            if planned.burst >= 0 {
                try addBurstReport(planned, bursts[Int(planned.burst)])
            } else {
                try addSingleReport(consumer: planned.consumer, receivedAt: planned.receivedAt)
            }
            if index % 10_000 == 9_999 { progress(index + 1) }
        }
        if !hostileWritten { try addHostileReport(receivedAt: hostileAt) }
        progress(options.incidents)
    }

    private mutating func planBurst(start: Int64, groupIntoCase: Bool, limit: Int, number: Int32,
                                    into bursts: inout [Burst]) throws -> [PlannedReport] {
        let fault = random.pick(DemoVocabulary.faults.filter { $0.code != "TD-005" })
        let service = services[fault.service]
        let affected = (reportersByService[service] ?? reporters).shuffled(using: &random)
        let count = min(limit, min(affected.count, random.int(4...20)))
        let resolved = now - start > 2 * Self.day
        let status: CaseStatus = resolved ? .resolved : random.pick([.open, .forwarded, .acknowledged])
        let providerReference = status == .open ? nil : "SKE-\(random.int(100_000...999_999))"
        var caseID: Int64?
        if groupIntoCase {
            caseID = try store.addCase(title: fault.title, serviceID: service, environment: .production,
                                       errorCode: fault.code, status: status, providerReference: providerReference,
                                       openedAt: start + 1800, forwardedAt: status == .open ? nil : start + 3600,
                                       resolvedAt: resolved ? start + Int64(random.int(4...40)) * 3600 : nil)
            try journalCase(caseID!, status: status, openedAt: start + 1800, reference: providerReference)
        }
        bursts.append(Burst(fault: fault, caseID: caseID, status: status, resolved: resolved))
        return affected.prefix(count).map { consumer in
            // Spread over the hour after the first report, but never in the future.
            PlannedReport(receivedAt: start + Int64(random.int(0...Int(max(0, min(3600, now - 60 - start))))),
                          burst: number, consumer: consumer)
        }
    }

    private mutating func addBurstReport(_ planned: PlannedReport, _ burst: Burst) throws {
        var incident = report(consumer: planned.consumer, service: services[burst.fault.service],
                              receivedAt: planned.receivedAt, title: burst.fault.title, code: burst.fault.code)
        incident.assessment = Assessment(impact: 1, urgency: random.int(1...2))
        incident.caseID = burst.caseID
        if burst.caseID != nil {
            incident.status = burst.resolved ? .resolved : (burst.status == .open ? .inProviderCase : .forwarded)
            incident.resolution = burst.resolved ? .providerFault : nil
            incident.respondedAt = incident.receivedAt + 1200
        }
        try add(incident)
    }

    private mutating func addSingleReport(consumer: Int64, receivedAt: Int64) throws {
        var incident: NewIncident
        let roll = random.int(0...9)
        if roll < 7 {
            let fault = random.pick(DemoVocabulary.faults)
            incident = report(consumer: consumer, service: services[fault.service], receivedAt: receivedAt,
                              title: fault.title, code: fault.code)
        } else {
            let isQuestion = roll < 9
            incident = report(consumer: consumer, service: random.pick(services), receivedAt: receivedAt,
                              title: random.pick(isQuestion ? DemoVocabulary.questions : DemoVocabulary.changeRequests),
                              code: nil)
            incident.kind = isQuestion ? .question : .changeRequest
        }
        let age = now - receivedAt
        if age < Self.day {
            incident.status = random.pick([.new, .new, .triaged, .waitingOnConsumer])
        } else if age < 4 * Self.day {
            incident.status = random.pick([.triaged, .waitingOnConsumer, .resolved, .closed])
        } else {
            incident.status = random.chance(0.85) ? .closed : .resolved
        }
        if incident.status != .new { incident.respondedAt = min(receivedAt + Int64(random.int(300...7200)), now) }
        if !incident.status.isOpen {
            incident.resolution = incident.kind == .question ? .questionAnswered
                : (incident.errorCode == "TD-005" ? .notAFault : random.pick([.consumerError, .duplicate, .notAFault]))
        }
        try add(incident)
    }

    private mutating func addHostileReport(receivedAt: Int64) throws {
        var incident = report(consumer: reporters[0], service: services[0], receivedAt: receivedAt,
                              title: "Feil i respons \u{1B}]0;terminal overtatt\u{07}\u{202E}fdp.exe", code: "HTTP 500")
        incident.body = "Se vedlagt logg:\u{1B}[2J\u{1B}]52;c;ZWNobyBoYWNrZWQ=\u{07}\r\nSlutt\u{9B}31m."
        try add(incident)
    }

    private mutating func report(consumer: Int64, service: Int64, receivedAt: Int64, title: String, code: String?) -> NewIncident {
        incidentNumber += 1
        var incident = NewIncident(externalID: "REF-\(100_000 + incidentNumber)", consumerID: consumer,
                                   serviceID: service, receivedAt: receivedAt, title: title)
        let first = random.pick(DemoVocabulary.firstNames), last = random.pick(DemoVocabulary.lastNames)
        incident.reporterName = "\(first) \(last)"
        incident.reporterEmail = "\(Self.slug(first)).\(Self.slug(last))@bank\(consumer).eksempel.no"
        incident.errorCode = code
        let correlation = String(random.next(), radix: 16)
        incident.correlationID = code == nil ? nil : correlation
        incident.body = """
            Vi får \(code ?? "et spørsmål") ved oppslag i produksjon.
            Tidspunkt: se mottatt. Korrelasjons-id: \(correlation). Berører \(random.int(1...400)) søknader.
            """
        incident.assessment = Assessment(impact: random.int(1...3), urgency: random.int(1...3))
        return incident
    }

    private mutating func add(_ incident: NewIncident) throws {
        let id = try store.insertIncident(incident)
        guard incident.status != .new else { return }
        try answer(incident, id: id)
        let who = random.pick(Self.operators)
        let triagedAt = incident.respondedAt ?? incident.receivedAt
        try journalEntry(at: triagedAt, who: who, entity: .incident, id: id, action: .triaged,
                         before: "status=new", after: "status=triaged priority=\(incident.assessment.priority.label)")
        if incident.status != .triaged {
            try journalEntry(at: min(triagedAt + 600, now), who: who, entity: .incident, id: id, action: .status,
                             before: "status=triaged", after: "status=\(incident.status.rawValue)")
        }
    }

    /// The first answer the reporter was sent, as it left when the incident
    /// was answered, so each bank has a correspondence to read.
    private func answer(_ incident: NewIncident, id: Int64) throws {
        guard let answeredAt = incident.respondedAt, let address = incident.reporterEmail else { return }
        let outbox = OutboxRepository(database: store.database, now: { answeredAt }, senderDomain: store.outbox.senderDomain)
        let message = try outbox.queue(to: address, subject: "[SEG-\(id)] Sv: \(incident.title)", body: """
            Hei \(incident.reporterName ?? ""),

            Vi har mottatt meldingen deres \(incident.externalID) og ser på den. Vi gir beskjed når vi vet mer.

            Vennlig hilsen
            Segmentkoordinator (demo)
            """, entity: .incident, entityID: id, consumer: incident.consumerID)
        try outbox.markSent(id: message)
    }

    private mutating func journalCase(_ id: Int64, status: CaseStatus, openedAt: Int64, reference: String?) throws {
        let who = random.pick(Self.operators)
        try journalEntry(at: openedAt, who: who, entity: .providerCase, id: id, action: .opened, before: nil, after: "status=open")
        if let reference {
            try journalEntry(at: openedAt + 1800, who: who, entity: .providerCase, id: id, action: .forwarded,
                             before: "status=open", after: "status=forwarded")
            try journalEntry(at: openedAt + 7200, who: who, entity: .providerCase, id: id, action: .providerReference,
                             before: nil, after: "provider_reference=\(reference)")
        }
        if status == .resolved {
            try journalEntry(at: openedAt + 86_400, who: who, entity: .providerCase, id: id, action: .resolved,
                             before: "status=acknowledged", after: "status=resolved")
        }
    }

    func journalEntry(at: Int64, who: String, entity: RecordKind, id: Int64, action: JournalAction, before: String?, after: String?) throws {
        try store.journalEntries.append(at: at, operator: who, entity: entity, id: id, action: action, before: before, after: after)
    }
}

/// Waking the person on call: the rules' facts raised as alerts (each fact
/// once, one fault one alert), sent through the outbox up the ladder until
/// someone acknowledges, and held below P1 in the quiet hours.
public struct AlertDesk {
    let store: Store
}

extension Store {
    /// The alerts' work: raising, sending, escalating, acknowledging.
    public var alertDesk: AlertDesk { AlertDesk(store: self) }
}

extension AlertDesk {
    /// One run, as cron makes it every minute: new facts raise alerts or
    /// join an open one of their fault; alerts no one was told of go to the
    /// person on call (below P1 in the quiet hours they wait, and go as one
    /// summary when the hours end); alerts unanswered for `alert.escalate`
    /// go up the ladder. One transaction; `dryRun` rolls it back and says
    /// what it would have done.
    public func run(policy: AlertPolicy, ladder: OnCallLadder, dryRun: Bool = false) throws -> AlertRun {
        struct RolledBack: Error { let run: AlertRun }
        let now = store.now()
        do {
            return try store.database.inTransaction {
                var run = AlertRun()
                try raise(at: now, policy: policy, into: &run)
                try sendUnsent(at: now, policy: policy, ladder: ladder, into: &run)
                try escalate(at: now, policy: policy, ladder: ladder, into: &run)
                if dryRun { throw RolledBack(run: run) }
                return run
            }
        } catch let rolledBack as RolledBack {
            return rolledBack.run
        }
    }

    /// Raises the rules' new facts, grouped; a clock of a record an open
    /// alert already speaks of joins that alert silently (as Alertmanager
    /// inhibits an alert that another firing one covers).
    private func raise(at now: Int64, policy: AlertPolicy, into run: inout AlertRun) throws {
        let facts = try AlertRuleRepository(database: store.database, policy: policy).facts(at: now)
        var order: [String] = []
        var groups: [String: [AlertFact]] = [:]
        for fact in facts {
            if fact.rule == .clockSoon || fact.rule == .clockBroken || fact.rule == .caseLate,
               let covering = try store.alerts.openAlert(coveringRecordOf: fact.item) {
                try store.alerts.add([fact], to: covering)
                continue
            }
            if groups[fact.group] == nil { order.append(fact.group) }
            groups[fact.group, default: []].append(fact)
        }
        for key in order {
            let members = groups[key]!, first = members[0]
            let priority = members.map(\.priority).min() ?? first.priority
            if let id = try store.alerts.openAlert(group: key, since: now - policy.window) {
                try store.alerts.add(members, to: id)
                let size = try retitle(id, first, priority, policy)
                try store.journal(entity: .alert, id: id, action: .updated, after: "items=\(size) joined=\(members.count)")
                run.grown.append(id)
            } else {
                let id = try store.alerts.insert(first, title: first.line, at: now)
                try store.alerts.add(members, to: id)
                let size = try retitle(id, first, priority, policy)
                try store.journal(entity: .alert, id: id, action: .raised, after: "rule=\(first.rule.rawValue) priority=\(priority.label) items=\(size)")
                run.raised.append(id)
            }
        }
    }

    private func retitle(_ id: Int64, _ first: AlertFact, _ priority: Priority, _ policy: AlertPolicy) throws -> Int {
        let size = try store.alerts.size(of: id, rule: first.rule)
        let title = AlertText.title(first.rule, first.subject, record: first.record.reference(first.recordID) ?? "", items: size.items,
                                    consumers: size.consumers, policy: policy)
        try store.alerts.retitle(id, title: title, items: size.items, priority: priority)
        return size.items
    }

    private func sendUnsent(at now: Int64, policy: AlertPolicy, ladder: OnCallLadder, into run: inout AlertRun) throws {
        let quiet = policy.quiet?.contains(now, in: SegmentZone.current) ?? false
        var morning: [Alert] = []
        for alert in try store.alerts.unsent() {
            if quiet && alert.priority > .p1 {
                if !alert.held {
                    try store.alerts.hold(alert.id)
                    run.held.append(alert.id)
                }
                continue
            }
            guard let to = ladder.first else {
                run.nobodyOnCall = true
                continue
            }
            if alert.held { morning.append(alert) } else { try send(alert, level: 1, to: to, at: now, policy: policy, ladder: ladder, into: &run) }
        }
        guard let to = ladder.first, let first = morning.first else { return }
        let summary = AlertText.summary(morning, policy: policy)
        let message = try store.outbox.queue(to: to, subject: summary.subject, body: summary.body, entity: .alert, entityID: first.id)
        for alert in morning {
            try store.alerts.sent(alert.id, level: 1, to: to, at: now)
            try store.journal(entity: .alert, id: alert.id, action: .alertSent, after: "to=\(to) level=1 message=\(message) summary=\(morning.count)")
        }
        run.sent.append(AlertDispatch(alert: first.id, priority: morning.map(\.priority).min()!.label, rule: "summary", title: summary.subject,
                                      level: 1, to: to, open: nil, facts: morning.map { "ALERT-\($0.id) \($0.priority.label): \($0.title)" },
                                      subject: summary.subject, message: message))
    }

    private func escalate(at now: Int64, policy: AlertPolicy, ladder: OnCallLadder, into run: inout AlertRun) throws {
        for alert in try store.alerts.unanswered(sentBefore: now - policy.escalate) {
            guard let step = ladder.step(after: alert.level, told: alert.sentTo) else { continue }
            try send(alert, level: step.level, to: step.address, at: now, policy: policy, ladder: ladder, into: &run)
        }
    }

    /// Sends `alert` (as read in this run's transaction, after its raising) to `to`.
    private func send(_ alert: Alert, level: Int, to: String, at now: Int64, policy: AlertPolicy, ladder: OnCallLadder,
                      into run: inout AlertRun) throws {
        let facts = try store.alerts.facts(of: alert.id)
        let escalated = !alert.sentTo.isEmpty
        let next = ladder.step(after: level, told: alert.sentTo + [to])?.address
        let subject = AlertText.subject(alert, escalated: escalated)
        let body = AlertText.body(alert, facts: facts, policy: policy, escalatedFrom: escalated ? alert.sentTo : [], next: next)
        let message = try store.outbox.queue(to: to, subject: subject, body: body, entity: .alert, entityID: alert.id)
        try store.alerts.sent(alert.id, level: level, to: to, at: now)
        try store.journal(entity: .alert, id: alert.id, action: escalated ? .escalated : .alertSent, after: "to=\(to) level=\(level) message=\(message)")
        run.sent.append(AlertDispatch(alert: alert.id, priority: alert.priority.label, rule: alert.rule.rawValue, title: alert.title, level: level,
                                      to: to, open: alert.record.map(policy.opening), facts: facts, subject: subject, message: message))
    }

    /// Acknowledges alert `id`: it climbs no further. `via` says how (the
    /// dashboard, the command line, mail), for the journal; `who` is the
    /// operator at the keyboard unless a reply names its sender.
    @discardableResult
    public func acknowledge(_ id: Int64, via: String, by who: String? = nil) throws -> Alert {
        let who = who ?? store.operatorLogin
        return try store.database.inTransaction {
            guard let alert = try store.alerts.alert(id) else { throw StoreError.refused(.noAlert(id: id)) }
            guard try store.alerts.acknowledge(id, at: store.now(), by: who) else {
                throw StoreError.refused(.alertAcknowledged(id: id, by: alert.acknowledgedBy ?? "?"))
            }
            try store.journal(entity: .alert, id: id, action: .acknowledged, after: "by=\(who) via=\(via)")
            return try store.alerts.alert(id) ?? alert
        }
    }

    /// Records that the alert command failed (or, nil, that it ran): the mail went anyway.
    public func recordCommand(alert id: Int64, failure: String?) throws {
        try store.alerts.recordCommandError(id, failure)
    }
}

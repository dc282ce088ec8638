import Foundation

/// What a demo database should hold.
public struct DemoOptions: Equatable, Sendable {
    public var consumers = 130
    public var incidents = 2_500
    public var seed: UInt64 = 1

    public init(consumers: Int = 130, incidents: Int = 2_500, seed: UInt64 = 1) {
        self.consumers = consumers
        self.incidents = incidents
        self.seed = seed
    }
}

/// Writes a realistic, deterministic segment into an empty store: the Tax
/// Administration and its services, banks with contacts and onboarding
/// stages, 90 days of incidents with bursts of the same fault grouped into
/// provider cases, change notices with partial acknowledgement, needs with
/// backers and a journal of what was done. Dates are relative to the store's clock.
public struct DemoGenerator {
    var random: SeededRandom
    let store: Store
    let options: DemoOptions
    let now: Int64
    var services: [Int64] = []
    var consumers: [Int64] = []
    var consumersByService: [Int64: [Int64]] = [:]
    /// Consumers authorised for production or live: only they report
    /// production incidents.
    var reporters: [Int64] = []
    var reportersByService: [Int64: [Int64]] = [:]
    var incidentNumber = 0
    static let operators = ["kari.nordmann", "ola.vakt", "ingrid.drift"]
    static let day: Int64 = 86_400

    public init(store: Store, options: DemoOptions) {
        self.store = store
        self.options = options
        random = SeededRandom(seed: options.seed)
        now = store.now()
    }

    /// Fills the store in one transaction; `progress` hears the number of
    /// incidents written so far.
    public mutating func generate(progress: (Int) -> Void = { _ in }) throws {
        guard options.consumers >= 3 else { throw StoreError.refused(Refusal.demoTooSmall) }
        guard try store.consumers.count() == 0 else { throw StoreError.refused(Refusal.demoNeedsEmptyDatabase(path: store.path)) }
        try store.bulkLoad(into: "incidents", rebuildingFullText: "incidents_fts") {
            let provider = try store.providers.add(key: "skatteetaten", name: "Skatteetaten (demo)",
                                                 email: "tilbyder-support@skatteetaten.example")
            try addServices(provider: provider)
            try addConsumers()
            try addIncidents(progress: progress)
            try addNotices(provider: provider)
            try addNeeds()
            try addArticles()
            // The load set the counting triggers aside with the others.
            try store.recountKeptCounts()
        }
    }

    private mutating func addServices(provider: Int64) throws {
        let catalogue = [("inntekt-api", "Inntekt API v2"), ("skattegrunnlag-api", "Summert skattegrunnlag"),
                         ("tilgjengelige-data-api", "Tilgjengelige data"), ("felles-api", "Felles autorisasjon"),
                         ("folkeregister-api", "Folkeregisteroppslag")]
        for (key, name) in catalogue {
            services.append(try store.providers.addService(providerID: provider, key: key, name: name, environments: [.test, .production]))
        }
        try store.agreementDesk.addAgreementVersion(1, title: "Bruksvilkår for samtykkebasert lånesøknad v1", effectiveAt: now - 700 * Self.day)
        try store.agreementDesk.addAgreementVersion(2, title: "Bruksvilkår for samtykkebasert lånesøknad v2", effectiveAt: now - 30 * Self.day)
    }

    private mutating func addConsumers() throws {
        var numbers = Set<String>()
        let vendors = try DemoVocabulary.vendors.map { name in (try organisationNumber(avoiding: &numbers), name) }
        let combinations = DemoVocabulary.places.flatMap { place in
            DemoVocabulary.bankPatterns.map { String(format: $0, place) }
        }.shuffled(using: &random)
        while consumers.count < options.consumers {
            let round = consumers.count / combinations.count
            let base = combinations[consumers.count % combinations.count]
            let name = round == 0 ? base : "\(base) \(round + 1)"
            let number = try organisationNumber(avoiding: &numbers)
            let domain = Self.slug(name) + ".eksempel.no"
            let stages = OnboardingStage.pipeline
            var stage = random.chance(0.7) ? OnboardingStage.live : random.pick(stages)
            // The first is live, so some consumer reports in production.
            if consumers.isEmpty { stage = .live }
            var used = [services[0]]
            for service in services.dropFirst() where random.chance(0.6) { used.append(service) }
            let consumer = NewConsumer(
                organisationNumber: number, name: name,
                technicalOperator: random.chance(0.3) ? random.pick(vendors) : nil,
                mailDomain: domain, stage: stage, contacts: contacts(domain: domain), serviceIDs: used)
            let id = try store.addConsumer(consumer)
            consumers.append(id)
            for service in used { consumersByService[service, default: []].append(id) }
            if stage == .authorisedProduction || stage == .live {
                reporters.append(id)
                for service in used { reportersByService[service, default: []].append(id) }
            }
            let joined = now - Int64(random.int(600...1200)) * Self.day
            try journalEntry(at: joined, who: random.pick(Self.operators), entity: .consumer, id: id,
                             action: .registered, before: nil, after: "stage=registered")
            // A registered consumer has signed nothing yet; the others
            // accepted the terms in force when they signed.
            guard stage != .registered else { continue }
            let signed = max(joined + 30 * Self.day, now - 700 * Self.day)
            try store.agreementDesk.recordAcceptance(consumerID: id, version: 1, at: signed)
            try journalEntry(at: signed, who: random.pick(Self.operators), entity: .consumer, id: id,
                             action: .onboarding, before: "stage=registered", after: "stage=\(stage.rawValue)")
            if random.chance(0.6) {
                let accepted = now - Int64(random.int(1...29)) * Self.day
                try store.agreementDesk.recordAcceptance(consumerID: id, version: 2, at: accepted)
                try journalEntry(at: accepted, who: random.pick(Self.operators), entity: .consumer, id: id,
                                 action: .agreement, before: "accepted=v1", after: "accepted=v2")
            }
        }
    }

    private mutating func contacts(domain: String) -> [Contact] {
        var list = [Contact(role: .technical, name: "Teknisk kundestøtte", email: "drift@\(domain)", isSharedMailbox: true)]
        if random.chance(0.8) {
            let first = random.pick(DemoVocabulary.firstNames), last = random.pick(DemoVocabulary.lastNames)
            list.append(Contact(role: .business, name: "\(first) \(last)",
                                email: "\(Self.slug(first)).\(Self.slug(last))@\(domain)", isSharedMailbox: false))
        }
        if random.chance(0.3) {
            list.append(Contact(role: .vendor, name: "Leverandørens driftssenter", email: "vakt@leverandor.eksempel.no",
                                isSharedMailbox: true))
        }
        return list
    }

    private mutating func organisationNumber(avoiding used: inout Set<String>) throws -> OrganisationNumber {
        while true {
            let leading = [9] + (0..<7).map { _ in random.int(0...9) }
            guard let check = OrganisationNumber.checkDigit(for: leading) else { continue }
            let digits = (leading + [check]).map(String.init).joined()
            if used.insert(digits).inserted { return try OrganisationNumber(digits) }
        }
    }

    static func slug(_ text: String) -> String {
        let folded = text.lowercased()
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
        return String(folded.map { $0.isLetter || $0.isNumber ? $0 : "-" }).replacingOccurrences(of: "--", with: "-")
    }
}

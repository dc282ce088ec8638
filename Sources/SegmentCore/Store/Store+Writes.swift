import Foundation

/// A consumer as it enters the store, from the demo, an import or the operator.
public struct NewConsumer: Sendable {
    public var organisationNumber: OrganisationNumber
    public var name: String
    public var technicalOperator: (number: OrganisationNumber, name: String)?
    public var mailDomain: String?
    public var stage: OnboardingStage
    public var contacts: [Contact]
    public var serviceIDs: [Int64]
    /// The language every message to it is written in.
    public var language: Language

    public init(organisationNumber: OrganisationNumber, name: String,
                technicalOperator: (number: OrganisationNumber, name: String)? = nil, mailDomain: String? = nil,
                stage: OnboardingStage, contacts: [Contact] = [], serviceIDs: [Int64] = [], language: Language = .bokmal) {
        self.language = language
        self.organisationNumber = organisationNumber
        self.name = name
        self.technicalOperator = technicalOperator
        self.mailDomain = mailDomain
        self.stage = stage
        self.contacts = contacts
        self.serviceIDs = serviceIDs
    }
}

/// An incident as it enters the store.
public struct NewIncident: Sendable {
    public var externalID: String
    public var consumerID: Int64?
    public var reporterName: String?
    public var reporterEmail: String?
    public var serviceID: Int64
    public var environment: ServiceEnvironment = .production
    public var receivedAt: Int64
    /// The digits of the arrival's fraction of a second, when the source gave one.
    public var receivedFraction: String?
    public var title: String
    public var body: String = ""
    public var errorCode: String?
    public var correlationID: String?
    public var kind: IncidentKind = .error
    public var assessment = Assessment(impact: 2, urgency: 2)
    public var status: IncidentStatus = .new
    public var resolution: IncidentResolution?
    public var assignee: String?
    public var caseID: Int64?
    public var respondedAt: Int64?
    /// The import that brought it, if one did (see `Store.importIncidents`).
    public var importID: Int64?

    public init(externalID: String, consumerID: Int64?, serviceID: Int64, receivedAt: Int64, title: String) {
        self.externalID = externalID
        self.consumerID = consumerID
        self.serviceID = serviceID
        self.receivedAt = receivedAt
        self.title = title
    }
}

extension Store {
    /// Adds a consumer with its contacts and services; returns its id.
    @discardableResult
    public func addConsumer(_ consumer: NewConsumer) throws -> Int64 {
        try database.inTransaction {
            if try consumers.id(organisationNumber: consumer.organisationNumber.digits) != nil {
                throw StoreError.refused(Refusal.alreadyRegistered(organisationNumber: consumer.organisationNumber.digits))
            }
            return try consumers.add(consumer)
        }
    }

    /// Writes a new incident as it stands, deriving priority, SLA deadline
    /// and pane order; returns its id. Intake goes through `addIncident`.
    func insertIncident(_ incident: NewIncident) throws -> Int64 {
        try incidents.insert(incidentValues(incident))
    }

    /// The values of `IncidentRepository.columns` for a new incident, with its priority,
    /// SLA deadline and pane order worked out.
    func incidentValues(_ incident: NewIncident) -> [SQLValue] {
        let priority = incident.assessment.priority
        let due = policy.serviceLevel.dueAt(priority: priority, status: incident.status, receivedAt: incident.receivedAt,
                                     respondedAt: incident.respondedAt)
        return [
            .text(incident.externalID), incident.consumerID.map(SQLValue.integer) ?? .null,
            incident.reporterName.map(SQLValue.text) ?? .null, incident.reporterEmail.map(SQLValue.text) ?? .null,
            .integer(incident.serviceID), .text(incident.environment.rawValue), .integer(incident.receivedAt),
            .text(incident.title), .text(incident.body), incident.errorCode.map { .text(ErrorCode.normalised($0)) } ?? .null,
            incident.correlationID.map(SQLValue.text) ?? .null, .text(incident.kind.rawValue),
            .integer(Int64(incident.assessment.impact)), .integer(Int64(incident.assessment.urgency)),
            .integer(Int64(priority.rawValue)), .text(incident.status.rawValue),
            incident.resolution.map { .text($0.rawValue) } ?? .null, incident.assignee.map(SQLValue.text) ?? .null,
            incident.caseID.map(SQLValue.integer) ?? .null, incident.respondedAt.map(SQLValue.integer) ?? .null,
            due.map(SQLValue.integer) ?? .null,
            .integer(IncidentOrder.group(priority: priority, status: incident.status)),
            .integer(IncidentOrder.time(receivedAt: incident.receivedAt, status: incident.status)),
            .integer(incident.receivedAt), incident.importID.map(SQLValue.integer) ?? .null,
            incident.receivedFraction.map(SQLValue.text) ?? .null,
        ]
    }

    /// Opens a provider case; returns its id.
    @discardableResult
    public func addCase(title: String, serviceID: Int64, environment: ServiceEnvironment, errorCode: String?,
                        status: CaseStatus, providerReference: String?, openedAt: Int64, forwardedAt: Int64? = nil,
                        resolvedAt: Int64? = nil, noticeID: Int64? = nil) throws -> Int64 {
        try cases.add(title: title, serviceID: serviceID, environment: environment, errorCode: errorCode, status: status,
                      providerReference: providerReference, openedAt: openedAt, forwardedAt: forwardedAt, resolvedAt: resolvedAt,
                      noticeID: noticeID)
    }

    /// Adds a change notice for `serviceIDs` whose audience is `consumerIDs`,
    /// of which `acknowledged` have answered (consumer id, when). With
    /// `publishedAt` it was published to them then; without, it is a draft
    /// and has reached nobody.
    @discardableResult
    public func addNotice(providerID: Int64, kind: NoticeKind, title: String, body: String, breaking: Bool,
                          announcedAt: Int64, publishedAt: Int64?, effectiveAt: Int64, endsAt: Int64? = nil,
                          deadline: Int64? = nil, environment: ServiceEnvironment = .production, serviceIDs: [Int64],
                          consumerIDs: [Int64], acknowledged: [Int64: Int64]) throws -> Int64 {
        try database.inTransaction {
            try notices.add(providerID: providerID, kind: kind, title: title, body: body, breaking: breaking, announcedAt: announcedAt,
                            publishedAt: publishedAt, effectiveAt: effectiveAt, endsAt: endsAt, deadline: deadline,
                            environment: environment, serviceIDs: serviceIDs, consumerIDs: consumerIDs, acknowledged: acknowledged)
        }
    }
}

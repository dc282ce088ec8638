/// What a journal entry says was done, by the name the journal stores:
/// every writer names its action here, so the history, `check` and the
/// queries that look for an action cannot disagree on its spelling.
public enum JournalAction: String, CaseIterable, Sendable {
    case acceptanceRequested = "acceptance requested"
    case acknowledgement
    case acknowledged
    case alertSent = "alert sent"
    case addendumForwarded = "addendum forwarded"
    case agreement
    case agreementAccepted = "agreement accepted"
    case agreementMailReceived = "agreement mail received"
    case answered
    case answerReceived = "answer received"
    case assigned
    case audienceAdded = "audience added"
    case audienceRemoved = "audience removed"
    case backed
    case backingChanged = "backing changed"
    case backingsImported = "backings imported"
    case becameANeed = "became a need"
    case checklistTicked = "checklist ticked"
    case checklistUnticked = "checklist unticked"
    case classified
    case confirmedSent = "confirmed sent"
    case consumer
    case contact
    case contactChanged = "contact changed"
    case corrected
    case decision
    case digestSent = "digest sent"
    case endedEarly = "ended early"
    case escalated
    case forwarded
    case grouped
    case imported
    case incidentsAdded = "incidents added"
    case joinedAnnouncedOutage = "joined announced outage"
    case journalHeadMailed = "journal head mailed"
    case legalBasisAssessed = "legal basis assessed"
    case legalBasisDeclaredByTheConsumer = "legal basis declared by the consumer"
    case mergeUndone = "merge undone"
    case merged
    case needMergedIn = "need merged in"
    case note
    case onboarding
    case opened
    case priority
    case proposalDrafted = "proposal drafted"
    case providerReference = "provider reference"
    case providerUpdate = "provider update"
    case providerUpdateNoted = "provider update noted"
    case published
    case raised
    case receivedByMail = "received by mail"
    case registered
    case reminded
    case replied
    case replyRead = "reply read"
    case replyReceived = "reply received"
    case reportersTold = "reporters told"
    case requeued
    case resolved
    case sentToAddedConsumers = "sent to added consumers"
    case service
    case serviceAdded = "service added"
    case serviceRemoved = "service removed"
    case stage
    case status
    case takenByPhone = "taken by phone"
    case takenOutOfCase = "taken out of case"
    case target
    case triaged
    case undo
    case updated
    case withdrawn
    case written
}

extension JournalAction: StoredWord {}

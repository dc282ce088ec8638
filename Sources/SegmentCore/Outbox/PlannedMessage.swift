/// A message about to be queued, as the confirmation shows it. Its subject
/// and body are masked when it is made, unless the operator chose to keep
/// the identity numbers: what a preview shows is what leaves.
public struct PlannedMessage: Equatable, Sendable {
    public let recipient: String
    /// A second address of the same consumer that gets a copy (Cc).
    public let copyTo: String?
    public let subject: String
    public let body: String
    public let incidentID: Int64
    /// The consumer it is for, when it is not about an incident (whose
    /// reporter is known from the incident).
    public let consumerID: Int64?
    /// National identity numbers found in the subject and body.
    public let identityNumbers: Int
    /// True when they were kept as written, by the operator's choice.
    public let keepsPersonalData: Bool

    /// How many numbers were masked.
    public var maskedCount: Int { keepsPersonalData ? 0 : identityNumbers }

    public init(recipient: String, copyTo: String? = nil, subject: String, body: String, incidentID: Int64,
                consumerID: Int64? = nil, keepingPersonalData: Bool = false) {
        let maskedSubject = NationalIdentityNumber.masked(subject)
        let maskedBody = NationalIdentityNumber.masked(body)
        self.recipient = recipient
        self.copyTo = copyTo
        self.subject = keepingPersonalData ? subject : maskedSubject.text
        self.body = keepingPersonalData ? body : maskedBody.text
        self.incidentID = incidentID
        self.consumerID = consumerID
        identityNumbers = maskedSubject.count + maskedBody.count
        keepsPersonalData = keepingPersonalData
    }
}

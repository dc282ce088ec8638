/// A message about to be queued, as the confirmation shows it. Its subject
/// and body are masked when it is made: what a preview shows is what leaves.
public struct PlannedMessage: Equatable, Sendable {
    public let recipient: String
    public let subject: String
    public let body: String
    public let incidentID: Int64
    /// How many national identity numbers were masked in the subject and body.
    public let maskedCount: Int

    public init(recipient: String, subject: String, body: String, incidentID: Int64) {
        let subject = NationalIdentityNumber.masked(subject)
        let body = NationalIdentityNumber.masked(body)
        self.recipient = recipient
        self.subject = subject.text
        self.body = body.text
        self.incidentID = incidentID
        maskedCount = subject.count + body.count
    }
}

/// Delivers what the outbox holds through a transport: due messages only,
/// each marked sent as soon as it is handed over, failures retried later with
/// growing delays (1 minute doubling up to 6 hours).
public struct Outbox {
    let store: Store
    let transport: MailTransport
    let from: String

    public init(store: Store, transport: MailTransport, from: String) throws {
        guard MailAddress.isPlausible(from) else { throw StoreError.invalid("from address \"\(from)\" is not one mail address") }
        self.store = store
        self.transport = transport
        self.from = from
    }

    /// What one run did.
    public struct Report: Equatable, Sendable {
        public var sent = 0
        public var failed: [(id: Int64, reason: String)] = []

        public static func == (lhs: Report, rhs: Report) -> Bool {
            lhs.sent == rhs.sent && lhs.failed.map(\.id) == rhs.failed.map(\.id)
        }
    }

    public func deliverDue() throws -> Report {
        var report = Report()
        for message in try store.dueMessages() {
            do {
                try transport.deliver(message, text: format(message))
                try store.recordDelivery(of: message, error: nil)
                report.sent += 1
            } catch {
                let reason = MailHeader.oneLine(String(describing: error))
                try store.recordDelivery(of: message, error: reason)
                report.failed.append((message.id, reason))
            }
        }
        return report
    }

    /// The message as RFC 5322 text with CRLF line ends.
    public func format(_ message: OutboxMessage) -> String {
        [
            "Date: \(MailHeader.date(message.createdAt))",
            "Message-ID: \(message.messageID)",
            "From: \(from)",
            "To: \(message.recipient)",
            "Subject: \(MailHeader.encoded(message.subject))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            QuotedPrintable.encode(message.body),
        ].joined(separator: "\r\n") + "\r\n"
    }
}

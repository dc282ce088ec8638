/// Delivers what the outbox holds through a transport, each message exactly
/// once: it is claimed in a transaction before it is handed over (a second
/// deliverer running at the same time skips it), marked sent as soon as the
/// transport has taken it, and a failure is retried later with growing
/// delays (1 minute doubling up to 6 hours). A claim that was never settled,
/// because a deliverer died between handing over and recording, is marked
/// uncertain for the operator instead of being sent again.
public struct Outbox {
    let store: Store
    let transport: MailTransport
    let from: MailSender
    let timeout: Double

    /// `timeout` is how many seconds the transport may take for one message
    /// before it is stopped and the message counts as failed.
    public init(store: Store, transport: MailTransport, from: String, timeout: Double = 120) throws {
        guard let sender = MailSender(from) else {
            throw StoreError.refused(Refusal.badFromAddress(text: from))
        }
        self.store = store
        self.transport = transport
        self.from = sender
        self.timeout = timeout
    }

    /// What one run did.
    public struct Report: Equatable, Sendable {
        public var sent = 0
        public var failed: [(id: Int64, reason: String)] = []
        /// Messages found claimed by a deliverer that never finished: they
        /// may have left, so they wait for the operator.
        public var uncertain: [Int64] = []

        public static func == (lhs: Report, rhs: Report) -> Bool {
            lhs.sent == rhs.sent && lhs.failed.map(\.id) == rhs.failed.map(\.id) && lhs.uncertain == rhs.uncertain
        }
    }

    /// Hands over every message due, one at a time. `carryOn` is asked
    /// before each is claimed: when it says no, the run ends there with the
    /// message in hand finished and the rest left queued for the next run.
    public func deliverDue(while carryOn: () -> Bool = { true }) throws -> Report {
        var report = Report()
        // A claim outlives its deliverer only when the deliverer is gone: no
        // transport runs longer than the timeout.
        report.uncertain = try store.outbox.expireClaims(olderThan: Int64(timeout.rounded(.up)) + 60)
        for message in try store.outbox.due() {
            guard carryOn() else { break }
            guard try store.outbox.claim(message) else { continue }
            do {
                try transport.deliver(message, text: format(message), timeout: timeout)
            } catch {
                let reason = MailHeader.oneLine(String(describing: error))
                try store.outbox.record(delivery: message, error: reason)
                report.failed.append((message.id, reason))
                continue
            }
            // Should this fail (a full disk), the claim stays and becomes
            // uncertain: the message has left, so it is not sent again.
            try store.outbox.record(delivery: message, error: nil)
            report.sent += 1
        }
        return report
    }

    /// The message as RFC 5322 text with CRLF line ends.
    public func format(_ message: OutboxMessage) -> String {
        ([
            "Date: \(MailHeader.date(message.createdAt))",
            "Message-ID: \(message.messageID)",
            "From: \(from.header)",
            "To: \(message.recipient)",
        ] + (message.copyTo.map { ["Cc: \($0)"] } ?? [])
          + (message.inReplyTo.map { ["In-Reply-To: \($0)"] } ?? [])
          + (message.references.map { ["References: " + $0.split(separator: " ").joined(separator: "\r\n ")] } ?? []) + [
            "Subject: \(MailHeader.encoded(message.subject))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            QuotedPrintable.encode(message.body),
        ]).joined(separator: "\r\n") + "\r\n"
    }
}

/// The journal held against heads written down outside the database by
/// `segdesk seal`: a file the database's writers cannot rewrite, or an
/// archive mailbox.
public struct JournalWitness {
    let store: Store

    /// Where the chain stands now, to be written down; nil while the
    /// journal is empty.
    public func head() throws -> WitnessedHead? {
        try store.journalEntries.head().map { WitnessedHead(entry: $0.entry, seal: $0.seal, at: store.now()) }
    }

    /// Queues `head` to the archive address `address`, as a message of its
    /// own, and journals that it was; returns the message's id.
    @discardableResult
    public func mail(_ head: WitnessedHead, to address: String) throws -> Int64 {
        try store.database.inTransaction {
            let body = """
                The journal of \(store.path) stood here when this was written. Keep this message where \
                nobody who can write the database can change it; segdesk check --against MAILDIR \
                verifies the journal up to this entry.

                \(head.line)
                """
            let message = try store.outbox.queue(to: address, subject: "segdesk seal: journal entry \(head.entry)", body: body,
                                                 entity: .message, entityID: 0)
            try store.journal(entity: .message, id: message, action: .journalHeadMailed, after: "entry=\(head.entry) to=\(address)")
            return message
        }
    }

    /// What does not match the heads written down: an entry witnessed and
    /// now missing, or one whose seal, computed afresh along the chain,
    /// differs from the one witnessed (the journal up to it was changed
    /// after that time, even when every seal after the change was
    /// recomputed). One line per witnessed head that does not hold.
    public func problems(against witnesses: [WitnessedHead]) throws -> [String] {
        let seals = try store.journalEntries.recomputedSeals(of: Set(witnesses.map(\.entry)))
        return witnesses.compactMap { head in
            let when = "witnessed at \(Timestamp.iso(head.at)) (\(head.source))"
            guard let seal = seals[head.entry] else {
                return "journal: entry \(head.entry), \(when), is missing: entries were removed after that time"
            }
            guard seal == head.seal else {
                return "journal: entry \(head.entry) does not match its seal \(when): "
                    + "the journal up to entry \(head.entry) was changed after that time"
            }
            return nil
        }
    }
}

extension Store {
    /// The journal held against heads written down elsewhere.
    public var journalWitness: JournalWitness { JournalWitness(store: self) }
}

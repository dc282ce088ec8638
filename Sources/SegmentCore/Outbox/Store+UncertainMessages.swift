extension Store {
    /// The operator's word on an uncertain message: it did leave (`sent`), or
    /// it did not and is to be sent again (queued now). Journalled.
    public func settleUncertainMessage(id: Int64, sent: Bool) throws {
        try database.inTransaction {
            guard let status = try outbox.status(id: id) else { throw StoreError.notFound(entity: .message, id: id) }
            guard status == .uncertain else {
                throw StoreError.refused(Refusal.notUncertain(messageID: id, status: status.rawValue))
            }
            if sent {
                try outbox.markSent(id: id)
            } else {
                try outbox.requeue(id: id)
            }
            try journal(entity: .message, id: id, action: sent ? .confirmedSent : .requeued,
                        before: "status=uncertain", after: "status=\(sent ? "sent" : "queued")")
        }
    }

    /// Puts failed messages back for the next delivery now, instead of after
    /// their backoff: those named, or (`ids` nil) every failed one. Refused,
    /// with nothing changed, for a named message that has not failed.
    /// Journalled; returns the ids put back.
    @discardableResult
    public func retryFailedMessages(ids: [Int64]?) throws -> [Int64] {
        try database.inTransaction {
            let chosen = try ids ?? outbox.messages().filter { $0.status == .failed }.map(\.id)
            for id in chosen {
                guard let status = try outbox.status(id: id) else { throw StoreError.notFound(entity: .message, id: id) }
                guard status == .failed else { throw StoreError.refused(Refusal.notFailed(messageID: id, status: status.rawValue)) }
                try outbox.requeue(id: id)
                try journal(entity: .message, id: id, action: .requeued, before: "status=failed", after: "status=queued (retry)")
            }
            return chosen
        }
    }
}

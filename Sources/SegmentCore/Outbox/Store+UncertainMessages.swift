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
}

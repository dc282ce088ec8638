extension ConsumerDesk {
    /// Records what a consumer has declared of its own legal basis for using
    /// the data: the date it declared it and its reference to its own
    /// assessment. The coordinator records the consumer's word; it does not
    /// assess the consumer's legal basis. Journalled; refused when the
    /// consumer changed since version `seenVersion`. Returns the name.
    @discardableResult
    public func recordLegalDeclaration(consumerID: Int64, declaredAt: Int64, reference: String, seenVersion: Int? = nil) throws -> String {
        let reference = MailHeader.oneLine(reference).trimmingCharacters(in: .whitespaces)
        guard !reference.isEmpty else { throw StoreError.refused(Refusal.declarationNeedsReference) }
        return try store.database.inTransaction {
            guard let before = try store.consumers.legalDeclaration(id: consumerID),
                  let version = try store.consumers.row(id: consumerID)?.version else {
                throw StoreError.notFound(entity: .consumer, id: consumerID)
            }
            try store.journalEntries.refuseStale(.consumer, id: consumerID, version: version, seen: seenVersion)
            try store.consumers.setLegalDeclaration(id: consumerID, declaredAt: declaredAt, reference: reference)
            try store.journal(entity: .consumer, id: consumerID, action: .legalBasisDeclaredByTheConsumer,
                        before: before.declaredAt.map { "declared=\(Timestamp.iso($0)) reference=\(before.reference ?? "-")" },
                        after: "declared=\(Timestamp.iso(declaredAt)) reference=\(reference)")
            return before.name
        }
    }
}

extension Store {
    /// Records what a consumer has declared of its own legal basis for using
    /// the data: the date it declared it and its reference to its own
    /// assessment. The coordinator records the consumer's word; it does not
    /// assess the consumer's legal basis. Journalled; returns the name.
    @discardableResult
    public func recordLegalDeclaration(consumerID: Int64, declaredAt: Int64, reference: String) throws -> String {
        let reference = MailHeader.oneLine(reference).trimmingCharacters(in: .whitespaces)
        guard !reference.isEmpty else { throw StoreError.invalid(Wording("a declaration needs the consumer's reference to its assessment")) }
        return try database.inTransaction {
            guard let before = try database.first("""
                SELECT name, legal_declared_at, legal_reference FROM consumers WHERE id = ?
                """, [.integer(consumerID)], { ($0.string(0), $0.optionalInt(1), $0.optionalString(2)) }) else {
                throw StoreError.notFound(entity: .consumer, id: consumerID)
            }
            try database.run("UPDATE consumers SET legal_declared_at = ?, legal_reference = ?, version = version + 1 WHERE id = ?",
                             [.integer(declaredAt), .text(reference), .integer(consumerID)])
            try journal(entity: .consumer, id: consumerID, action: .legalBasisDeclaredByTheConsumer,
                        before: before.1.map { "declared=\(Timestamp.iso(Int64($0))) reference=\(before.2 ?? "-")" },
                        after: "declared=\(Timestamp.iso(declaredAt)) reference=\(reference)")
            return before.0
        }
    }
}

extension CaseDesk {
    /// Where a case's provider takes cases (the configuration's
    /// `provider.KEY` overriding its registered address), and its language.
    func caseProvider(caseID: Int64) throws -> (address: String, language: Language) {
        guard let provider = try store.cases.provider(caseID: caseID) else { throw StoreError.notFound(entity: .providerCase, id: caseID) }
        return (store.policy.providerAddress(key: provider.key, registered: provider.email), provider.language)
    }
}

extension CaseDesk {
    /// A provider case as its pane row shows it, without its reports: what
    /// a workflow checks before it changes the case.
    func caseRow(id: Int64) throws -> CaseRow {
        guard let row = try store.cases.row(id: id) else { throw StoreError.notFound(entity: .providerCase, id: id) }
        return row
    }

    /// A provider case with its grouped incidents and first and last report.
    public func providerCase(id: Int64) throws -> CaseDetail {
        guard var detail = try store.cases.detail(try caseRow(id: id)) else { throw StoreError.notFound(entity: .providerCase, id: id) }
        detail.incidents = try store.cases.incidents(caseID: id)
        detail.providerUpdates = try store.triageDesk.receivedMessages(caseID: id)
        detail.messagesSent = try store.correspondence.sent(about: .providerCase, id: id, limit: ConsumerDesk.recordMessages)
        detail.consumersNotForwarded = try store.cases.consumersNotForwarded(caseID: id).count
        return detail
    }
}

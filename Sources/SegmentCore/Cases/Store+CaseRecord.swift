extension Store {
    /// A provider case as its pane row shows it, without its reports: what
    /// a workflow checks before it changes the case.
    func caseRow(id: Int64) throws -> CaseRow {
        guard let row = try cases.row(id: id) else { throw StoreError.notFound(entity: .providerCase, id: id) }
        return row
    }

    /// A provider case with its grouped incidents and first and last report.
    public func providerCase(id: Int64) throws -> CaseDetail {
        guard var detail = try cases.detail(try caseRow(id: id)) else { throw StoreError.notFound(entity: .providerCase, id: id) }
        detail.incidents = try cases.incidents(caseID: id)
        detail.providerUpdates = try receivedMessages(caseID: id)
        detail.consumersNotForwarded = try cases.consumersNotForwarded(caseID: id).count
        return detail
    }
}

/// Where a record stands in its pane: the sort key a window reads from, so a
/// screen can keep its selection on a record that another change moved.
extension Store {
    /// The incidents pane's key of incident `id` under `filter`, or nil when
    /// the filter does not match it or it does not exist.
    public func incidentKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try incidents.sortKey(id: id, match: try fullTextMatch(for: filter))
    }

    public func caseKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try smallPaneKey(CaseRepository.window, id: id, filter: filter, map: CaseRepository.row, key: \.key)
    }

    public func noticeKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try smallPaneKey(NoticeRepository.window(at: now()), id: id, filter: filter, map: NoticeRepository.row, key: \.key)
    }

    public func needKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try smallPaneKey(NeedRepository.window, id: id, filter: filter, map: NeedRepository.row, key: \.key)
    }

    public func consumerKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try smallPaneKey(ConsumerRepository.window, id: id, filter: filter, map: ConsumerRepository.row, key: \.key)
    }

    /// A small pane's key of record `id`: read by id, then confirmed as the
    /// first row of the filtered window from that key.
    private func smallPaneKey<Row>(_ query: KeysetWindow, id: Int64, filter: String, map: (SegmentCore.Row) throws -> Row,
                                   key: (Row) -> [SQLValue]) throws -> [SQLValue]? {
        guard let record = try database.first("\(query.select) WHERE \(query.keyColumns.last!) = ?", [.integer(id)], map) else {
            return nil
        }
        let found = key(record)
        guard SmallPaneFilter.needle(filter) != nil else { return found }
        let first = try database.smallPaneWindow(query, anchor: .at(found), limit: 1, filter: filter, map: map).first
        return first.map(key) == found ? found : nil
    }
}

/// Where a record stands in its pane: the sort key a window reads from, so a
/// screen can keep its selection on a record that another change moved.
extension Store {
    /// The incidents pane's key of incident `id` under `filter`, or nil when
    /// the filter does not match it or it does not exist.
    public func incidentKey(id: Int64, filter: String) throws -> [SQLValue]? {
        try incidents.sortKey(id: id, match: try fullTextMatch(for: filter))
    }
}

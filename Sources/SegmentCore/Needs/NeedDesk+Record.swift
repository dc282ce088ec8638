extension NeedDesk {
    /// A need with who raised it, its services and its backers.
    public func need(id: Int64) throws -> NeedDetail {
        guard let detail = try store.needs.detail(id: id) else { throw StoreError.notFound(entity: .need, id: id) }
        return detail
    }
}

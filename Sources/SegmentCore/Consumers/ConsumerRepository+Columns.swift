/// The columns of a consumers-pane row, over `consumers c`.
enum ConsumerColumn: Int32, SelectColumn {
    case id, organisationNumber, name, stage, acceptedAgreement, openIncidents, sortName, version

    var sql: String {
        switch self {
        case .id: "c.id"
        case .organisationNumber: "c.org_number"
        case .name: "c.name"
        case .stage: "c.stage"
        case .acceptedAgreement: "(SELECT max(version) FROM agreement_acceptances a WHERE a.consumer_id = c.id)"
        case .openIncidents: "(SELECT count(*) FROM incidents i WHERE i.consumer_id = c.id AND i.sort_group < \(IncidentOrder.doneGroup))"
        case .sortName: "c.sort_name"
        case .version: "c.version"
        }
    }
}


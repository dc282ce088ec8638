import SegmentCore

extension EntryForm {
    /// The effect the form describes, or what is missing or wrong.
    func submission() -> Result<Effect, FormProblem> {
        for field in fields {
            if let check = check(field.key), check.isProblem || check.text != "valid" {
                return .failure(FormProblem(field: field.key, message: Wording("{1}: {2}", Wording(field.label), check.text)))
            }
        }
        for field in required where text(field).isEmpty {
            let label = fields.first { $0.key == field }?.label ?? field
            return .failure(FormProblem(field: field, message: Wording("{1} is required", Wording(label))))
        }
        switch purpose {
        case .phoneReport:
            var levels: [Int] = []
            for field in ["impact", "urgency"] {
                guard let level = Int(text(field)), (1...3).contains(level) else {
                    return .failure(FormProblem(field: field, message: Wording("{1} must be 1 (high), 2 or 3 (low)", Wording(field.capitalized))))
                }
                levels.append(level)
            }
            return .success(.incidents(.addPhoneReport(consumer: text("consumer"), serviceKey: text("service"), title: text("title"),
                                            assessment: Assessment(impact: levels[0], urgency: levels[1]))))
        case .notice:
            guard let kind = NoticeKind(rawValue: text("kind")) else {
                return .failure(FormProblem(field: "kind", message: Wording("Kind must be one of {1}",
                                                                           NoticeKind.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            guard let effective = Self.day(text("effective")) else {
                return .failure(FormProblem(field: "effective", message: Wording("Effective must be a date such as 2026-12-15")))
            }
            let deadline = Self.day(text("deadline"))
            if !text("deadline").isEmpty && deadline == nil {
                return .failure(FormProblem(field: "deadline", message: Wording("Deadline must be a date such as 2026-12-08, or empty")))
            }
            if kind == .consultation && deadline == nil {
                return .failure(FormProblem(field: "deadline", message: Wording("A consultation needs a deadline: the date to answer by")))
            }
            guard ["", "y", "n"].contains(text("breaking").lowercased()) else {
                return .failure(FormProblem(field: "breaking", message: Wording("Breaking is y or n")))
            }
            return .success(.notices(.writeNotice(NoticeDraft(
                kind: kind, title: text("title"), body: text("body"), serviceKeys: words("services"), effectiveAt: effective,
                deadline: deadline, breaking: text("breaking").lowercased() == "y"))))
        case .consumer:
            return .success(.consumers(.registerConsumer(organisationNumber: text("org_number"), name: text("name"),
                                              serviceKeys: words("services"), contactName: text("contact_name"),
                                              contactEmail: text("contact_email"))))
        case .need:
            return .success(.needs(.raiseNeed(title: text("title"), description: text("description"), serviceKeys: words("services"),
                                       raisedBy: text("raised_by"))))
        }
    }

    private var required: [String] {
        switch purpose {
        case .phoneReport: ["consumer", "service", "title"]
        case .notice: ["kind", "services", "effective", "title"]
        case .need: ["title", "raised_by"]
        case .consumer: ["org_number", "name", "contact_email"]
        }
    }

    private func words(_ key: String) -> [String] {
        text(key).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }

    /// Noon UTC of a YYYY-MM-DD day, so the date reads the same in Norway.
    static func day(_ text: String) -> Int64? {
        text.count == 10 ? Timestamp.parse(text + "T12:00:00Z") : nil
    }
}

import SegmentCore

extension DetailText {
    /// An article's record: what it is about, its source and uses, and its
    /// text in both languages, side by side when the screen is 160 wide.
    static func article(_ article: Article, _ state: AppState) -> [DetailLine] {
        var lines = [
            DetailLine("", localized("Article #{1}: {2}", article.id, UntrustedText.line(article.title(in: Language.interface))), .header),
            DetailLine(localized("Status"), localized(article.status.rawValue), article.status == .draft ? .slaSoon : .normal),
            DetailLine(localized("Source"), article.source == .provider
                ? localized("clarified with the provider ({1}, {2})", UntrustedText.line(article.providerReference ?? "—"),
                            article.clarifiedAt.map { Format.date($0, state.timeZone) } ?? "—")
                : localized("the coordinator's own")),
            DetailLine(localized("Services"), article.serviceKeys.isEmpty ? localized("any") : UntrustedText.line(article.serviceKeys.joined(separator: ", "))),
            DetailLine(localized("Error codes"), article.errorCodes.isEmpty ? "—" : UntrustedText.line(article.errorCodes.joined(separator: ", "))),
            DetailLine(localized("Tags"), article.tags.isEmpty ? "—" : UntrustedText.line(article.tags.joined(separator: " "))),
            DetailLine(localized("Used"), localized("{1} in the last 90 days, {2} in all", article.recentUses, article.uses)),
            DetailLine(localized("Written"), localized("{1} by {2}, changed {3}", Format.date(article.createdAt, state.timeZone),
                                                      UntrustedText.line(article.author), Format.date(article.updatedAt, state.timeZone))),
        ]
        let texts: [(String, ArticleText?)] = [(localized("Bokmål"), article.bokmal), (localized("English"), article.english)]
        if state.width >= 160, article.bokmal != nil, article.english != nil {
            lines += [.blank] + sideBySide(texts.map { ($0.0, $0.1!) }, width: state.width - DetailText.labelWidth - 2)
        } else {
            for (name, text) in texts {
                lines += [.blank, .heading(name)]
                guard let text else {
                    lines.append(DetailLine("", localized("none in this language"), .dim))
                    continue
                }
                lines.append(DetailLine("", UntrustedText.line(text.title), .label))
                lines += UntrustedText.lines(text.text).map { DetailLine("", $0) }
            }
        }
        return lines
    }

    /// Two languages in two columns, each wrapped to its half.
    private static func sideBySide(_ texts: [(String, ArticleText)], width: Int) -> [DetailLine] {
        let half = (width - 3) / 2
        let columns = texts.map { name, text in
            [name, ""] + TextLayout.wrap(UntrustedText.line(text.title), width: half) + [""]
                + UntrustedText.lines(text.text).flatMap { TextLayout.wrap($0, width: half) }
        }
        return (0..<(columns.map(\.count).max() ?? 0)).map { index in
            let left = index < columns[0].count ? columns[0][index] : ""
            let right = index < columns[1].count ? columns[1][index] : ""
            return DetailLine("", TextLayout.fit(left, half) + " │ " + right, index == 0 ? .label : .normal)
        }
    }
}

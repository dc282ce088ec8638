/// A mail as a record keeps it: a title of bounded length and a body of
/// bounded size, each saying where and why it was cut.
extension InboundMail {
    /// The subject on one line without outer spaces, nil when there is
    /// none; and whether it is longer than `maximum` characters, in which
    /// case the title is its start and the body begins with all of it.
    func subjectLine(maximum: Int) -> (title: String, cut: Bool)? {
        let line = trimmedSpaces(subject.split(whereSeparator: \.isNewline).joined(separator: " "))
        guard !line.isEmpty else { return nil }
        return line.count > maximum ? (String(line.prefix(maximum - 1)) + "…", true) : (line, false)
    }

    /// The text for a record's body: the whole subject first when the
    /// title had to be cut, and cut at `limit` bytes (on a character's
    /// boundary) with a line saying where and why.
    func recordBody(limit: Int, subjectCut: Bool) -> String {
        let whole = subjectCut ? localized("Subject: {1}", subject) + "\n\n" + text : text
        let bytes = whole.utf8.count
        guard bytes > limit else { return whole }
        let note = "\n\n[" + localized("segdesk: the text was cut here, at {1} of its {2} bytes, the most a record keeps; the whole mail is kept in the Maildir", limit, bytes) + "]"
        var end = whole.utf8.index(whole.utf8.startIndex, offsetBy: limit - note.utf8.count)
        while end.samePosition(in: whole.unicodeScalars) == nil { end = whole.utf8.index(before: end) }
        return String(whole[..<end]) + note
    }
}

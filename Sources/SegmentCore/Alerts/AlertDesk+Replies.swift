extension AlertDesk {
    /// Whether alert `id` went to `address`: only they may acknowledge it by mail.
    public func wasTold(_ address: String, alert id: Int64) throws -> Bool {
        guard let alert = try store.alerts.alert(id) else { return false }
        return alert.sentTo.contains { $0.caseInsensitiveCompare(address) == .orderedSame }
    }

    /// A reply from an address the alert went to: its first line of its own
    /// starting ACK or KVITTERT acknowledges the alert, if still open. Any
    /// other reply is journalled on the alert and changes nothing. Returns
    /// whether it acknowledged.
    public func acknowledge(byReply mail: InboundMail, alert id: Int64) throws -> Bool {
        let own = mail.text.split(whereSeparator: \.isNewline).map { trimmedSpaces(String($0)) }
            .first { !$0.isEmpty && !$0.hasPrefix(">") }?.uppercased() ?? ""
        let saysAck = ["ACK", "KVITTERT"].contains { own == $0 || own.hasPrefix($0 + " ") || own.hasPrefix($0 + ".") || own.hasPrefix($0 + ",") }
        guard saysAck, try store.alerts.alert(id)?.isOpen == true else {
            try store.journal(entity: .alert, id: id, action: .replyReceived,
                              after: "from=\(mail.senderAddress) message_id=\(UntrustedText.line(mail.messageID))")
            return false
        }
        try acknowledge(id, via: "mail message_id=\(UntrustedText.line(mail.messageID))", by: mail.senderAddress)
        return true
    }
}

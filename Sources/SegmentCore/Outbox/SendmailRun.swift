import Foundation

/// One run of a sendmail-compatible command for one message.
///
/// The message is written whole to an unlinked scratch file before the
/// program starts, and that file is its standard input: a deliverer killed
/// at any moment never hands the program an empty or partial message. The
/// program shares the file's offset with segdesk, so after it exits segdesk
/// knows how far it read; the message counts as taken only when the program
/// exited 0 having read every byte. The program runs in a process group of
/// its own, stopped whole at the timeout, and its complaints go to a second
/// scratch file, so a child left holding standard error cannot hold segdesk.
struct SendmailRun {
    let path: String
    let timeout: Double

    func deliver(_ message: OutboxMessage, _ text: String) throws {
        let recipients = [message.recipient] + (message.copyTo.map { [$0] } ?? [])
        for recipient in recipients where !MailAddress.isPlausible(recipient) || recipient.hasPrefix("-") {
            throw StoreError.refused(Refusal.refusedRecipient(address: recipient))
        }
        let bytes = Array(text.utf8)
        let input = try ScratchFile(holding: bytes)
        let complaints = try ScratchFile(holding: [])
        let group = try ProcessGroup(starting: path, arguments: ["-i", "--"] + recipients,
                                     input: input.descriptor, errors: complaints.descriptor)
        guard let ending = group.waitForLeader(seconds: timeout) else {
            group.stop(grace: 2)
            throw StoreError.refused(Refusal.timedOut(path: path, after: Self.seconds(timeout)))
        }
        switch ending {
        case .exited(0): break
        case .exited(let status):
            throw StoreError.refused(.transportFailed(path: path, ended: localized("{1} exited with status {2}", path, status),
                                                      complaint: complaints.firstLine()))
        case .signalled(let signal):
            throw StoreError.refused(.transportFailed(path: path, ended: localized("{1} was ended by signal {2}", path, signal),
                                                      complaint: complaints.firstLine()))
        }
        let read = input.offset
        guard read == bytes.count else {
            throw StoreError.refused(Refusal.stoppedReading(path: path, read: read, of: bytes.count))
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

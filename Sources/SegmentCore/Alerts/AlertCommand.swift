import Foundation

/// `alert.command`: a program (an SMS or chat gateway) given one alert as
/// JSON on standard input, in a process group of its own, stopped whole at
/// the timeout. It gets no arguments, so nothing in an alert can become an
/// option; what it says on failure is kept on the alert, and the mail goes
/// whatever it does.
public struct AlertCommand {
    public let path: String
    public let timeout: Int64

    public init(path: String, timeout: Int64) {
        self.path = path
        self.timeout = timeout
    }

    /// Runs the program for `dispatch`; nil when it exited 0, else why not.
    public func run(_ dispatch: AlertDispatch) -> String? {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let input = try ScratchFile(holding: Array(try encoder.encode(dispatch)) + [10])
            let complaints = try ScratchFile(holding: [])
            let group = try ProcessGroup(starting: path, arguments: [], input: input.descriptor, errors: complaints.descriptor)
            guard let ending = group.waitForLeader(seconds: Double(timeout)) else {
                group.stop(grace: 2)
                return Refusal.timedOut(path: path, after: "\(timeout) s").description
            }
            switch ending {
            case .exited(0): return nil
            case .exited(let status):
                return Refusal.transportFailed(path: path, ended: localized("{1} exited with status {2}", path, status),
                                               complaint: complaints.firstLine()).description
            case .signalled(let signal):
                return Refusal.transportFailed(path: path, ended: localized("{1} was ended by signal {2}", path, signal),
                                               complaint: complaints.firstLine()).description
            }
        } catch {
            return String(describing: error)
        }
    }
}

extension BokmalTexts {
    /// What the status line says after a key or a command, and its errors.
    static let statusLine: [String: String] = [:]
}

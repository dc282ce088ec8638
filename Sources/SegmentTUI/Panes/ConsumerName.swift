import SegmentCore

/// A consumer's name as a narrow column shows it: the word that tells one
/// bank from another ("Solbakken Bank ASA" is Solbakken, "Banken i
/// Sølvberg" Sølvberg), without the legal form and the words every bank has.
public enum ConsumerName {
    private static let common: Set<String> = ["asa", "as", "sa", "ba", "ans", "da", "bank", "banken", "sparebank", "sparebanken", "kreditt",
                                              "kredittbank", "i", "og", "the", "of", "and"]

    public static func short(_ name: String) -> String {
        let words = UntrustedText.line(name).split(separator: " ").map(String.init)
        return words.first { !common.contains($0.lowercased()) } ?? words.first ?? ""
    }
}

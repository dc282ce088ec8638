import SegmentCore
import Foundation

/// Finds themes: a file in the user's own `$XDG_CONFIG_HOME/segdesk/themes`
/// first, then in the shipped `themes/` folder, then the shipped themes
/// built into the binary, so a copied binary starts without its folder.
public struct ThemeLibrary: Sendable {
    public let directories: [String]

    public init(directories: [String]) { self.directories = directories }

    /// The usual places, from the environment and where the executable lives.
    public static func standard(environment: [String: String], executablePath: String) -> ThemeLibrary {
        var directories: [String] = []
        let home = environment["HOME"] ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        directories.append("\(config)/segdesk/themes")
        if let shipped = environment["SEGDESK_THEMES"], !shipped.isEmpty { directories.append(shipped) }
        // A build in .build/<config>/segdesk of a checkout, or an install in
        // <prefix>/bin: where the running executable is, even when the shell
        // found it on PATH and its name came without a directory.
        var executable = SmallFile.resolved("/proc/self/exe")
        if !executable.hasPrefix("/") { executable = SmallFile.resolved(executablePath) }
        if !executable.hasPrefix("/") { executable = SmallFile.currentDirectory + "/" + executable }
        let directory = SmallFile.normalised(executable + "/..")
        directories.append(SmallFile.normalised(directory + "/../../../themes"))
        directories.append(SmallFile.normalised(directory + "/../share/segdesk/themes"))
        directories.append(SmallFile.currentDirectory + "/themes")
        return ThemeLibrary(directories: directories)
    }

    /// The theme called `name`, from the first directory that has it.
    public func theme(named name: String) throws -> Theme {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw ThemeError(file: name, line: 0, problem: localized("a theme name holds only letters, digits, - and _"))
        }
        for directory in directories {
            let path = "\(directory)/\(name).theme"
            if let text = SmallFile.text(atPath: path) {
                return try Theme.parse(text, name: name, file: path)
            }
        }
        if let text = BuiltInThemes.all[name] {
            return try Theme.parse(text, name: name, file: "\(name).theme (built in)")
        }
        throw ThemeError(file: "\(name).theme", line: 0,
                         problem: localized("no such theme; known themes: {1}", available().joined(separator: ", ")))
    }

    /// Names of every theme found, the built-in ones included, sorted.
    public func available() -> [String] {
        let names = directories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }
        }
        return Array(Set(names + BuiltInThemes.all.keys)).sorted()
    }
}

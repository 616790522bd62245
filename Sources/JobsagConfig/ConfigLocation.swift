import Foundation

/// Which config file applies: `--config FILE`, else `$XDG_CONFIG_HOME/jobsag/config.toml`,
/// else `~/.config/jobsag/config.toml`. A file named on the command line must exist; the
/// default one may be missing (then the defaults apply).
public struct ConfigLocation: Sendable, Equatable {
    public var path: String
    /// Named with `--config`.
    public var isExplicit: Bool

    /// - Parameter absolute: makes a path from the command line or the environment absolute.
    public init(flag: String?, environment: [String: String], absolute: (String) -> String) {
        if let flag, !flag.isEmpty {
            path = absolute(flag)
            isExplicit = true
            return
        }
        isExplicit = false
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            path = absolute(xdg) + "/jobsag/config.toml"
        } else {
            path = Self.home(environment, absolute: absolute) + "/.config/jobsag/config.toml"
        }
    }

    /// `$HOME`, else the account's home directory.
    public static func home(_ environment: [String: String], absolute: (String) -> String) -> String {
        absolute(environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
    }

    /// The file's settings; nil when the default file does not exist.
    public func read(environment: [String: String], absolute: (String) -> String) throws(ConfigProblems) -> ConfigFile? {
        guard isExplicit || FileManager.default.fileExists(atPath: path) else { return nil }
        return try ConfigFile.read(path: path, home: Self.home(environment, absolute: absolute))
    }
}

/// The version `jobsag --version` prints: raised with every release (major.minor.patch).
enum ProgramVersion {
    static let number = "0.20.0"
}

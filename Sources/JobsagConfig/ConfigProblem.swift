import JobsagStore

/// What is wrong in a config file, where: the file, and the line and column when the
/// problem has a place (a missing or unreadable file has none). The message is Danish.
public struct ConfigProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var position: TextPosition?
    public var message: String

    public init(file: String, position: TextPosition?, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `fil:linje:kolonne: besked`, the form editors and compilers use.
    public var description: String {
        guard let position else { return "\(file): \(message)" }
        return "\(file):\(position.line):\(position.column): \(message)"
    }
}

/// Every problem of one config file, in the order they stand in it.
public struct ConfigProblems: Error, Sendable, Equatable {
    public var problems: [ConfigProblem]

    public init(_ problems: [ConfigProblem]) {
        self.problems = problems.sorted { lhs, rhs in
            let left = lhs.position ?? TextPosition(line: 0, column: 0)
            let right = rhs.position ?? TextPosition(line: 0, column: 0)
            return (left.line, left.column) < (right.line, right.column)
        }
    }

    /// One line per problem.
    public var message: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

extension SchemaMigration {
    /// Version 3: each caseworker's `login`, the database role (and operating-system login) that
    /// is this caseworker; unique, and of the form `Login` allows.
    static let logins = SchemaMigration(version: 3, name: "caseworker-logins", statements: [
        """
        ALTER TABLE caseworkers ADD COLUMN login text UNIQUE
            CHECK (login ~ '^[a-z0-9_][a-z0-9_.-]{0,31}$')
        """,
    ])
}

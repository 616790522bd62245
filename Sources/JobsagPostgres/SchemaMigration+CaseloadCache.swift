extension SchemaMigration {
    /// Version 7: each login's caseload cache (`StoreCache.caseload`, docs/database.md): the
    /// rows of the team's or the jobcenter's cases as that login's program last evaluated them,
    /// so that a wide view is not every case read and evaluated at each start. A login reads and
    /// writes only its own cache, and only the lines of cases it may read now (row-level
    /// security on `cases`, asked again for every line): a case handed on or an access that
    /// ended takes its line out of sight. One login's cache is never shown to another, so no
    /// one can change what another's caseload shows. `caseload_caches` holds the head (the
    /// format and the key: day, policy, program, language), `caseload_cache_lines` a line per
    /// case; a login's lines go with its head (a new head is written with all its lines), a
    /// line with its case.
    static let caseloadCache = SchemaMigration(version: 7, name: "caseload-cache", statements: [
        """
        CREATE TABLE caseload_caches (
            login text PRIMARY KEY DEFAULT session_user,
            head text NOT NULL
        )
        """,
        """
        CREATE TABLE caseload_cache_lines (
            login text NOT NULL DEFAULT session_user REFERENCES caseload_caches (login) ON DELETE CASCADE,
            case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            line text NOT NULL,
            PRIMARY KEY (login, case_id)
        )
        """,
        "ALTER TABLE caseload_caches ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE caseload_cache_lines ENABLE ROW LEVEL SECURITY",
        """
        CREATE POLICY caseload_caches_own ON caseload_caches TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant
        USING (login = session_user) WITH CHECK (login = session_user)
        """,
        """
        CREATE POLICY caseload_cache_lines_own ON caseload_cache_lines TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant
        USING (login = session_user AND case_id IN (SELECT id FROM cases))
        WITH CHECK (login = session_user AND case_id IN (SELECT id FROM cases))
        """,
        "GRANT SELECT, INSERT, DELETE ON caseload_caches TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
        "GRANT SELECT, INSERT ON caseload_cache_lines TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
    ])
}

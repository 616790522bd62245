extension SchemaMigration {
    /// Version 5: `jobsag_team_case_listing()` lists the open cases of the connected
    /// caseworker's team (every team for a faglig konsulent) without their documents: id, the
    /// citizen's name, the masked CPR number and the caseworkers. Row-level security keeps a
    /// sagsbehandler's team cases outside the own caseload out of `cases`; this is how the
    /// caseload still shows them, locked, so that one can be chosen and opened with a reason
    /// (`jobsag_open_case_outside_caseload`). The full CPR number never leaves the function.
    static let teamListing = SchemaMigration(version: 5, name: "team-listing", statements: [
        """
        CREATE FUNCTION jobsag_team_case_listing()
        RETURNS TABLE (id text, name text, masked_cpr text, caseworker text, coordinating_caseworker text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT listed.id, listed.document->'citizen'->>'name', left(listed.document->'citizen'->>'cpr', 6) || '-xxxx',
                listed.caseworker, listed.coordinating_caseworker
            FROM cases listed JOIN caseworkers holder ON holder.initials = listed.caseworker
            JOIN caseworkers me ON me.login = session_user
            WHERE (me.role = 'fagligKonsulent' OR holder.team = me.team)
                AND (jsonb_array_length(coalesce(listed.document->'closings', '[]')) = 0
                    OR coalesce(listed.document->'closings'->-1->>'reopened', '') <> '')
            ORDER BY listed.id
        $$
        """,
    ])
}

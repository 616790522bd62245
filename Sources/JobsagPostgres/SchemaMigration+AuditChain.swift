extension SchemaMigration {
    /// Version 2: the audit log's hash chain. Every event gets its place in the chain
    /// (`sequence`, from 1 in the order of `seq`) and the SHA-256 of the event before it as the
    /// database gives it back (`previous`: `event::text`, PostgreSQL's canonical text of the
    /// `jsonb` value, as UTF-8; 64 zeros for the first), and its line format becomes version 2.
    /// The table is locked meanwhile, so no program adds an event in the middle.
    static let auditChain = SchemaMigration(version: 2, name: "audit-chain", statements: [
        "LOCK TABLE audit_events IN EXCLUSIVE MODE",
        """
        DO $$
        DECLARE
            row_seq bigint;
            previous_hash text := repeat('0', 64);
            position bigint := 0;
        BEGIN
            FOR row_seq IN SELECT seq FROM audit_events ORDER BY seq LOOP
                position := position + 1;
                UPDATE audit_events
                SET event = event || jsonb_build_object('version', 2, 'sequence', position, 'previous', previous_hash)
                WHERE seq = row_seq
                RETURNING encode(sha256(convert_to(event::text, 'UTF8')), 'hex') INTO previous_hash;
            END LOOP;
        END
        $$
        """,
    ])
}

extension SchemaMigration {
    /// Version 1: the store's settings, the caseworkers, the cases (each a case document as a
    /// case file holds it, beside the columns queries need), the audit log, the spot-check
    /// rounds, the case-number sequence, a notice on every case change (LISTEN/NOTIFY), and the
    /// three group roles a jobcenter grants to its login roles.
    static let initial = SchemaMigration(version: 1, name: "initial", statements: [
        """
        CREATE TABLE store_settings (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            store_id text NOT NULL,
            created timestamptz NOT NULL,
            is_demo boolean NOT NULL DEFAULT false,
            settings jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(settings) = 'object')
        )
        """,
        """
        INSERT INTO store_settings (store_id, created)
        VALUES (replace(gen_random_uuid()::text, '-', ''), date_trunc('second', now()))
        """,
        """
        CREATE TABLE caseworkers (
            initials text PRIMARY KEY,
            name text NOT NULL,
            role text NOT NULL CHECK (role IN ('sagsbehandler', 'teamleder', 'fagligKonsulent')),
            team text NOT NULL
        )
        """,
        "CREATE SEQUENCE case_number AS bigint MINVALUE 1",
        """
        CREATE TABLE cases (
            id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,64}$'),
            caseworker text NOT NULL,
            coordinating_caseworker text,
            team text,
            revision integer NOT NULL CHECK (revision >= 1),
            last_change_by text NOT NULL,
            last_change_at timestamptz NOT NULL,
            light text NOT NULL CHECK (light IN ('red', 'yellow', 'green')),
            next_deadline date,
            next_rule text,
            document jsonb NOT NULL CHECK (document->>'id' = id AND (document->>'revision')::integer = revision)
        )
        """,
        "CREATE UNIQUE INDEX cases_one_case_per_citizen ON cases ((document->'citizen'->>'cpr'))",
        "CREATE INDEX cases_by_caseworker ON cases (caseworker)",
        "CREATE INDEX cases_by_coordinating_caseworker ON cases (coordinating_caseworker)",
        "CREATE INDEX cases_by_team ON cases (team)",
        """
        CREATE TABLE audit_events (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time timestamptz NOT NULL,
            user_initials text NOT NULL,
            action text NOT NULL,
            case_id text,
            event jsonb NOT NULL
        )
        """,
        "CREATE INDEX audit_events_by_case ON audit_events (case_id, seq)",
        """
        CREATE TABLE reviews (
            id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,64}$'),
            document jsonb NOT NULL
        )
        """,
        """
        CREATE FUNCTION jobsag_notify_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- "S-000123 7 MHJ SØK": id, revision, caseworker, coordinating caseworker (may be empty).
            PERFORM pg_notify('jobsag_case_changed',
                NEW.id || ' ' || NEW.revision || ' ' || NEW.caseworker || ' ' || coalesce(NEW.coordinating_caseworker, ''));
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE TRIGGER cases_notify_change AFTER INSERT OR UPDATE ON cases
        FOR EACH ROW EXECUTE FUNCTION jobsag_notify_case_change()
        """,
        """
        DO $$
        DECLARE
            role_name text;
        BEGIN
            FOREACH role_name IN ARRAY ARRAY['jobsag_caseworker', 'jobsag_teamlead', 'jobsag_consultant'] LOOP
                -- Roles belong to the whole server: they may be there already (made by IT, or
                -- by another database, perhaps at this moment).
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
                    BEGIN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN
                        NULL;
                    END;
                END IF;
            END LOOP;
        END
        $$
        """,
        "GRANT SELECT ON store_settings, caseworkers, jobsag_migrations TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
        "GRANT SELECT, INSERT, UPDATE ON cases TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
        "GRANT SELECT, INSERT ON audit_events TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
        "GRANT USAGE ON SEQUENCE case_number TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
        "GRANT SELECT ON reviews TO jobsag_caseworker",
        "GRANT SELECT, INSERT, UPDATE ON reviews TO jobsag_teamlead, jobsag_consultant",
    ])
}

extension SchemaMigration {
    /// A row of `cases` the connected role may read and change (`(SELECT f())`: evaluated once
    /// per statement, not per row).
    private static let caseInScope = """
        (SELECT jobsag_sees_every_case()) OR caseworker IN (SELECT jobsag_visible_caseworkers())
            OR coordinating_caseworker IN (SELECT jobsag_visible_caseworkers()) OR id IN (SELECT jobsag_accessed_cases())
        """

    /// Version 4: the database itself enforces who may read and change what (docs/database.md,
    /// "Roles"). The connected role (`session_user`) is the caseworker whose `login` it is.
    /// - `cases`: row-level security. A sagsbehandler reads and changes the own caseload (as
    ///   caseworker or coordinating caseworker), a teamleder the team's cases, a faglig konsulent
    ///   every case; a team's other case only after `jobsag_open_case_outside_caseload`, which
    ///   requires a reason of at least 10 characters and logs the access in the same transaction
    ///   (the access lasts 12 hours). Handing a case on (another caseworker or coordinating
    ///   caseworker) goes through `jobsag_hand_over_case`, which lets the one who handed it on read
    ///   it for 12 hours more. The table's owner (IT) and superusers are not limited.
    /// - `audit_events`: an event is written only in the connected caseworker's own name; no
    ///   group role may change or delete one (they never had the grant); a case written without
    ///   an event of that case in the same transaction is refused at the commit.
    /// - A § 40 a approval (`sanctions[].approval`) that is new or changed must be by a teamleder
    ///   or faglig konsulent who is not the case's caseworker, and by the connected caseworker.
    /// - `caseworkers`: a teamleder changes the own team's caseworkers (never to consultant), a
    ///   faglig konsulent anyone, a sagsbehandler no one.
    /// - `jobsag_case_of_citizen`: which case and caseworker a CPR number belongs to, so that a
    ///   refused second case for a citizen can name the first one the user may not read.
    /// The functions run as the owner (SECURITY DEFINER) with a fixed search path, and read who is
    /// connected from `session_user`, which no statement can change.
    static let rowSecurity = SchemaMigration(version: 4, name: "row-security", statements: [
        """
        CREATE FUNCTION jobsag_me() RETURNS caseworkers
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT * FROM caseworkers WHERE login = session_user
        $$
        """,
        """
        CREATE FUNCTION jobsag_is_admin() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
                OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.cases'::regclass), 'MEMBER')
        $$
        """,
        """
        CREATE FUNCTION jobsag_visible_caseworkers() RETURNS SETOF text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT other.initials FROM caseworkers me JOIN caseworkers other
                ON other.initials = me.initials OR (me.role = 'teamleder' AND other.team = me.team) OR me.role = 'fagligKonsulent'
            WHERE me.login = session_user
        $$
        """,
        """
        CREATE FUNCTION jobsag_sees_every_case() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM caseworkers WHERE login = session_user AND role = 'fagligKonsulent')
        $$
        """,
        """
        CREATE TABLE case_access (
            login text NOT NULL,
            case_id text NOT NULL,
            until timestamptz NOT NULL,
            PRIMARY KEY (login, case_id, until)
        )
        """,
        """
        CREATE FUNCTION jobsag_accessed_cases() RETURNS SETOF text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT case_id FROM case_access WHERE login = session_user AND until > now()
        $$
        """,
        """
        CREATE FUNCTION jobsag_case_of_citizen(cpr text) RETURNS TABLE (id text, caseworker text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT id, caseworker FROM cases WHERE document->'citizen'->>'cpr' = cpr
        $$
        """,
        "ALTER TABLE cases ENABLE ROW LEVEL SECURITY",
        """
        CREATE POLICY cases_read ON cases FOR SELECT TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant USING (\(caseInScope))
        """,
        """
        CREATE POLICY cases_change ON cases FOR UPDATE TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant USING (\(caseInScope))
        WITH CHECK (true)
        """,
        """
        CREATE POLICY cases_create ON cases FOR INSERT TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant WITH CHECK (
            (SELECT jobsag_sees_every_case()) OR caseworker IN (SELECT jobsag_visible_caseworkers()))
        """,
        """
        CREATE FUNCTION jobsag_open_case_outside_caseload(target_case text, access_event jsonb) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            me caseworkers := jobsag_me();
            case_team text;
        BEGIN
            IF length(btrim(coalesce(access_event->>'reason', ''))) < 10 THEN
                RAISE EXCEPTION 'en sag uden for egen sagsstamme kræver en begrundelse på mindst 10 tegn' USING ERRCODE = 'check_violation';
            END IF;
            IF access_event->>'action' IS DISTINCT FROM 'access-outside-caseload' OR access_event->>'caseID' IS DISTINCT FROM target_case THEN
                RAISE EXCEPTION 'hændelsen er ikke en adgang til sagen %', target_case USING ERRCODE = 'check_violation';
            END IF;
            IF NOT jobsag_is_admin() THEN
                SELECT holder.team INTO case_team FROM cases JOIN caseworkers holder ON holder.initials = cases.caseworker WHERE cases.id = target_case;
                IF me.initials IS NULL OR case_team IS NULL OR (me.role <> 'fagligKonsulent' AND case_team <> me.team) THEN
                    RAISE EXCEPTION 'sagen % hører ikke til dit team', target_case USING ERRCODE = 'insufficient_privilege';
                END IF;
                INSERT INTO case_access (login, case_id, until) VALUES (session_user, target_case, now() + interval '12 hours')
                ON CONFLICT DO NOTHING;
            END IF;
            INSERT INTO audit_events (time, user_initials, action, case_id, event)
            VALUES ((access_event->>'time')::timestamptz, access_event->>'user', access_event->>'action', target_case, access_event);
        END
        $$
        """,
        """
        CREATE FUNCTION jobsag_hand_over_case(target_case text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            holder text;
            coordinator text;
        BEGIN
            IF jobsag_is_admin() THEN
                RETURN;
            END IF;
            SELECT caseworker, coordinating_caseworker INTO holder, coordinator FROM cases WHERE id = target_case;
            IF NOT (jobsag_sees_every_case() OR holder IN (SELECT jobsag_visible_caseworkers())
                    OR coordinator IN (SELECT jobsag_visible_caseworkers()) OR target_case IN (SELECT jobsag_accessed_cases())) THEN
                RAISE EXCEPTION 'sagen % er ikke din at give videre', target_case USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO case_access (login, case_id, until) VALUES (session_user, target_case, now() + interval '12 hours')
            ON CONFLICT DO NOTHING;
        END
        $$
        """,
        """
        CREATE FUNCTION jobsag_event_in_own_name() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT jobsag_is_admin()
                AND (NEW.user_initials IS DISTINCT FROM (jobsag_me()).initials OR NEW.event->>'user' IS DISTINCT FROM NEW.user_initials) THEN
                RAISE EXCEPTION 'en hændelse i loggen kan kun skrives i eget navn (%), ikke som %', coalesce((jobsag_me()).initials, session_user), NEW.user_initials
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE TRIGGER audit_events_in_own_name BEFORE INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION jobsag_event_in_own_name()
        """,
        """
        CREATE FUNCTION jobsag_check_sanction_approvals() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            sanction jsonb;
            earlier jsonb;
            approver text;
        BEGIN
            -- Loading a whole store (`jobsag db import`) brings its history as it is.
            IF TG_OP = 'INSERT' AND jobsag_is_admin() THEN
                RETURN NEW;
            END IF;
            FOR sanction IN SELECT value FROM jsonb_array_elements(coalesce(NEW.document->'sanctions', '[]'::jsonb)) LOOP
                CONTINUE WHEN jsonb_typeof(sanction->'approval') IS DISTINCT FROM 'object';
                earlier := NULL;
                IF TG_OP = 'UPDATE' THEN
                    SELECT value->'approval' INTO earlier FROM jsonb_array_elements(coalesce(OLD.document->'sanctions', '[]'::jsonb))
                    WHERE value->>'id' = sanction->>'id';
                END IF;
                CONTINUE WHEN earlier IS NOT DISTINCT FROM sanction->'approval';
                approver := sanction->'approval'->>'by';
                IF approver IS NOT DISTINCT FROM NEW.caseworker THEN
                    RAISE EXCEPTION 'sagens egen sagsbehandler (%) kan ikke godkende en § 40 a-sanktion', approver USING ERRCODE = 'check_violation';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM caseworkers WHERE initials = approver AND role IN ('teamleder', 'fagligKonsulent')) THEN
                    RAISE EXCEPTION 'kun en teamleder eller faglig konsulent kan godkende en § 40 a-sanktion, ikke %', approver
                        USING ERRCODE = 'check_violation';
                END IF;
                IF NOT jobsag_is_admin() AND approver IS DISTINCT FROM (jobsag_me()).initials THEN
                    RAISE EXCEPTION 'en godkendelse kan kun gives i eget navn, ikke som %', approver USING ERRCODE = 'insufficient_privilege';
                END IF;
            END LOOP;
            RETURN NEW;
        END
        $$
        """,
        """
        CREATE TRIGGER cases_sanction_approvals BEFORE INSERT OR UPDATE ON cases
        FOR EACH ROW EXECUTE FUNCTION jobsag_check_sanction_approvals()
        """,
        """
        CREATE FUNCTION jobsag_case_change_is_logged() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT jobsag_is_admin() AND NOT EXISTS (
                SELECT 1 FROM audit_events WHERE case_id = NEW.id AND xmin::text::bigint = txid_current() % 4294967296) THEN
                RAISE EXCEPTION 'en ændring af sagen % skal have sin hændelse i loggen i samme transaktion', NEW.id
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE CONSTRAINT TRIGGER cases_change_is_logged AFTER INSERT OR UPDATE ON cases
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION jobsag_case_change_is_logged()
        """,
        "ALTER TABLE caseworkers ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY caseworkers_read ON caseworkers FOR SELECT TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant USING (true)",
        """
        CREATE POLICY caseworkers_add ON caseworkers FOR INSERT TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant WITH CHECK (
            jobsag_sees_every_case() OR ((jobsag_me()).role = 'teamleder' AND team = (jobsag_me()).team AND role <> 'fagligKonsulent'))
        """,
        """
        CREATE POLICY caseworkers_change ON caseworkers FOR UPDATE TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant USING (
            jobsag_sees_every_case() OR ((jobsag_me()).role = 'teamleder' AND team = (jobsag_me()).team))
        WITH CHECK (
            jobsag_sees_every_case() OR ((jobsag_me()).role = 'teamleder' AND team = (jobsag_me()).team AND role <> 'fagligKonsulent'))
        """,
        "GRANT INSERT, UPDATE ON caseworkers TO jobsag_caseworker, jobsag_teamlead, jobsag_consultant",
    ])
}

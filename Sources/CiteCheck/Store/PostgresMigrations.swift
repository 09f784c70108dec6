/// The PostgreSQL store's schema, one migration per change, under the same names as the SQLite
/// ones (`StoreMigrations`) and with the same tables and columns, so the two stores mean the same.
/// Never edit a registered migration: add a new one. Identifiers are unquoted, so PostgreSQL folds
/// them to lower case; every query spells them the same way.
enum PostgresMigrations {
    static let all: [(identifier: String, sql: String)] = [
        ("v1: audits, link checks, archive lookups", """
            CREATE TABLE audit (
                id bigserial PRIMARY KEY,
                paperPath text NOT NULL,
                paperHash text,
                startedAt timestamptz NOT NULL,
                linkCount integer NOT NULL);
            CREATE INDEX audit_paper ON audit (paperPath, startedAt);
            CREATE TABLE linkCheck (
                id bigserial PRIMARY KEY,
                auditId bigint NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
                paperPath text NOT NULL,
                url text NOT NULL,
                checkedAt timestamptz NOT NULL,
                status text NOT NULL,
                httpStatus integer,
                finalUrl text,
                pageHash text,
                reused boolean NOT NULL DEFAULT false,
                failures integer NOT NULL,
                firstFailed timestamptz,
                confirmed boolean NOT NULL);
            CREATE INDEX linkCheck_url ON linkCheck (url, checkedAt);
            CREATE INDEX linkCheck_audit ON linkCheck (auditId);
            CREATE TABLE archiveLookup (
                url text NOT NULL,
                requested text NOT NULL,
                snapshotUrl text,
                snapshotTimestamp text,
                lookedUpAt timestamptz NOT NULL,
                PRIMARY KEY (url, requested));
            """),
        ("v2: registry answers, work standings", """
            CREATE TABLE registryAnswer (
                url text PRIMARY KEY,
                status integer NOT NULL,
                body bytea NOT NULL,
                fetchedAt timestamptz NOT NULL);
            CREATE TABLE workStanding (
                paperPath text NOT NULL,
                checkedAt timestamptz NOT NULL,
                doi text NOT NULL,
                retracted boolean NOT NULL,
                PRIMARY KEY (paperPath, checkedAt, doi));
            """),
        ("v3: archived page contents", """
            CREATE TABLE snapshotContent (
                snapshotUrl text PRIMARY KEY,
                title text,
                text text NOT NULL,
                source text NOT NULL,
                fetchedAt timestamptz NOT NULL);
            """),
        ("v4: papers by identity, runs of sharded workers", """
            ALTER TABLE audit ADD COLUMN runId text, ADD COLUMN shard integer;
            CREATE INDEX audit_run ON audit (runId, paperPath, shard);
            -- One audit per paper, run and shard (the attempt): a restarted worker's replaces the
            -- first, and a second one could not be added even by mistake.
            CREATE UNIQUE INDEX audit_attempt ON audit (paperPath, runId, (COALESCE(shard, 0))) WHERE runId IS NOT NULL;
            CREATE INDEX linkCheck_paper ON linkCheck (paperPath);
            CREATE TABLE runShard (
                runId text NOT NULL,
                shard integer NOT NULL,
                shardCount integer NOT NULL,
                completedAt timestamptz NOT NULL,
                PRIMARY KEY (runId, shard));
            CREATE TABLE runAudit (
                runId text NOT NULL,
                shard integer NOT NULL,
                paperKey text NOT NULL,
                position integer NOT NULL,
                audit bytea NOT NULL,
                PRIMARY KEY (runId, shard, paperKey));
            """),
    ]
}

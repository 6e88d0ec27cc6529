-- hasila's own store on PostgreSQL, next to Spring Batch's tables. Idempotent: run at every start. Keep in step
-- with hasila-schema-h2.sql: the same tables and columns, TEXT where H2 has CLOB or unbounded VARCHAR.
CREATE TABLE IF NOT EXISTS HASILA_DOCUMENT (
    ID          VARCHAR(64)  NOT NULL PRIMARY KEY,
    STATUS      VARCHAR(16)  NOT NULL,
    METADATA    TEXT         NOT NULL,
    BODY        TEXT         NOT NULL
);
CREATE TABLE IF NOT EXISTS HASILA_RUN_FILE (
    JOB_INSTANCE_ID BIGINT        NOT NULL,
    FILE_PATH       VARCHAR(2048) NOT NULL,
    DOCUMENT_ID     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, FILE_PATH)
);
CREATE TABLE IF NOT EXISTS HASILA_CLAIM (
    ID          VARCHAR(64) NOT NULL PRIMARY KEY,
    DOCUMENT_ID VARCHAR(64) NOT NULL,
    BODY        TEXT        NOT NULL
);
CREATE INDEX IF NOT EXISTS HASILA_CLAIM_DOC ON HASILA_CLAIM (DOCUMENT_ID);
CREATE TABLE IF NOT EXISTS HASILA_MENTION (
    DOCUMENT_ID VARCHAR(64) NOT NULL,
    SEQ         INT         NOT NULL,
    BODY        TEXT        NOT NULL,
    PRIMARY KEY (DOCUMENT_ID, SEQ)
);
CREATE TABLE IF NOT EXISTS HASILA_RECONCILIATION (
    JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY,
    BODY            TEXT   NOT NULL
);
-- Which extractor version last extracted a document; a document extracted by the current version is not read again.
ALTER TABLE HASILA_DOCUMENT ADD COLUMN IF NOT EXISTS EXTRACTED_WITH VARCHAR(200);
-- Whether a run found the file already extracted (documentsUnchanged).
ALTER TABLE HASILA_RUN_FILE ADD COLUMN IF NOT EXISTS UNCHANGED BOOLEAN DEFAULT FALSE NOT NULL;
-- MinHash fingerprint of the text (ingest's NearDuplicates), to find republished copies.
ALTER TABLE HASILA_DOCUMENT ADD COLUMN IF NOT EXISTS FINGERPRINT TEXT;
-- The entity each mention names, so the report reads one entity's mentions at a time (filled from BODY for older rows).
ALTER TABLE HASILA_MENTION ADD COLUMN IF NOT EXISTS ENTITY_ID VARCHAR(200);
-- The report reads the mentions an entity at a time, by document: an index that carries the rows' bodies answers
-- that without looking each row up (it replaces the index on (ENTITY_ID, DOCUMENT_ID) of earlier builds).
CREATE INDEX IF NOT EXISTS HASILA_MENTION_ENTITY_ROW ON HASILA_MENTION (ENTITY_ID, DOCUMENT_ID, SEQ) INCLUDE (BODY);
DROP INDEX IF EXISTS HASILA_MENTION_ENTITY;
-- The files of a document in a run (the report looks documents up by id while it streams).
CREATE INDEX IF NOT EXISTS HASILA_RUN_FILE_DOC ON HASILA_RUN_FILE (DOCUMENT_ID, JOB_INSTANCE_ID);
-- A run's events, a row each, in the order the reconcile step concluded them (SEQ). The report reads them in report
-- order (START_DATE, undated last, then ID, sorted in Java, not by the database's collation), a page at a time.
-- CLAIM_IDS: the event's claims, comma-separated. Runs reconciled before this table existed keep their events in
-- HASILA_RECONCILIATION (one body per run), still read.
CREATE TABLE IF NOT EXISTS HASILA_EVENT (
    JOB_INSTANCE_ID BIGINT      NOT NULL,
    SEQ             INT         NOT NULL,
    ID              VARCHAR(64) NOT NULL,
    START_DATE      VARCHAR(40),
    CLAIM_IDS       TEXT NOT NULL,
    BODY            TEXT NOT NULL,
    PRIMARY KEY (JOB_INSTANCE_ID, SEQ)
);
-- A database of a build between: events were ordered by a POSITION column then.
ALTER TABLE HASILA_EVENT ADD COLUMN IF NOT EXISTS START_DATE VARCHAR(40);
DROP INDEX IF EXISTS HASILA_EVENT_POSITION;
ALTER TABLE HASILA_EVENT DROP COLUMN IF EXISTS POSITION;
-- What each event was made of (a digest: EarlierEvents in the reconcile module): a later run takes the event whose
-- signature it finds among the latest earlier run's events instead of reading its claims and assembling it again.
-- NULL for events of builds before, which are never found.
ALTER TABLE HASILA_EVENT ADD COLUMN IF NOT EXISTS SIGNATURE VARCHAR(64);
-- Near-duplicates found by the reconcile step, kept so that a run compares only the documents not compared before.
-- HASILA_COMPARED: the documents whose fingerprint was compared with every fingerprint compared before it, under
-- which comparison (NearDuplicateIndex.comparison()); saving a document again removes its row. A pair of documents
-- both compared under the current comparison is a row of HASILA_NEAR_DUPLICATE, in both directions, exactly when
-- they are near-duplicates. (A table of its own: marking the wide document rows cost H2 a rewrite of each.)
CREATE TABLE IF NOT EXISTS HASILA_COMPARED (
    DOCUMENT_ID VARCHAR(64)  NOT NULL PRIMARY KEY,
    COMPARISON  VARCHAR(100) NOT NULL
);
-- A copy of each compared document's fingerprint, which every later run reads (NearDuplicateStore.forEachCompared):
-- narrow rows, where the documents' hold their texts. NULL in marks of builds before, filled when first read.
ALTER TABLE HASILA_COMPARED ADD COLUMN IF NOT EXISTS FINGERPRINT TEXT;
CREATE TABLE IF NOT EXISTS HASILA_NEAR_DUPLICATE (
    DOCUMENT_ID VARCHAR(64) NOT NULL,
    OTHER_ID    VARCHAR(64) NOT NULL,
    PRIMARY KEY (DOCUMENT_ID, OTHER_ID)
);
CREATE INDEX IF NOT EXISTS HASILA_NEAR_DUPLICATE_OTHER ON HASILA_NEAR_DUPLICATE (OTHER_ID);
-- What ingest saw of each input file (FileStamp): its size and modification time when read, when that was, and the
-- document its bytes made. A file whose size and time are unchanged since is that document without being read again.
CREATE TABLE IF NOT EXISTS HASILA_FILE_STAMP (
    INPUT_ROOT      VARCHAR(2048) NOT NULL,
    FILE_PATH       VARCHAR(2048) NOT NULL,
    FILE_SIZE       BIGINT        NOT NULL,
    MODIFIED_MICROS BIGINT        NOT NULL,
    STAMPED_MICROS  BIGINT        NOT NULL,
    DOCUMENT_ID     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (INPUT_ROOT, FILE_PATH)
);
-- The claims' ids by document, read whole by the report's comparison with the report before (ClaimStore
-- .forEachClaimIdOfRun): from an index holding both, not from the rows with their bodies.
CREATE INDEX IF NOT EXISTS HASILA_CLAIM_DOC_ID ON HASILA_CLAIM (DOCUMENT_ID, ID);

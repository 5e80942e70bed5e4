-- Several instances on one database (issue 15). Portable between H2 2.x and PostgreSQL 13+.
--
-- 1. Spring Session JDBC's tables (its schema-postgresql.sql, owned by Flyway instead of Spring Session's
--    own initializer: spring.session.jdbc.initialize-schema=never). Only the postgres profile keeps sessions
--    here; on H2 (one instance) they stay in memory and these tables stay empty. BYTEA is PostgreSQL's binary
--    type and an H2 alias of VARBINARY.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID CHAR(36) NOT NULL,
    SESSION_ID CHAR(36) NOT NULL,
    CREATION_TIME BIGINT NOT NULL,
    LAST_ACCESS_TIME BIGINT NOT NULL,
    MAX_INACTIVE_INTERVAL INT NOT NULL,
    EXPIRY_TIME BIGINT NOT NULL,
    PRINCIPAL_NAME VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36) NOT NULL,
    ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES BYTEA NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
        ON DELETE CASCADE
);

-- 2. One counter bumped by every transaction that changes topics, categories or quiz items (before it
--    commits, with the NOTIFY that tells the other instances). An instance that lost its LISTEN connection
--    compares it with the last version it saw to learn whether it missed a change (docs/cluster.md).
CREATE TABLE content_version (
    id INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_content_version PRIMARY KEY (id),
    CONSTRAINT ck_content_version_one_row CHECK (id = 1)
);
INSERT INTO content_version (id, version) VALUES (1, 0);

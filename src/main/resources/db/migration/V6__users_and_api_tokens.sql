-- Issue 7: who may use the HTTP API and pages. Written in the SQL that H2 2.x and PostgreSQL 15 both
-- accept. No secret is stored as given: a password only as its bcrypt hash, an API token only as the
-- SHA-256 of the token (a token is long and random, so a fast hash suffices and lookup stays a key read).

CREATE TABLE app_user (
    name           VARCHAR(100) PRIMARY KEY,
    password_hash  VARCHAR(200) NOT NULL,
    roles          VARCHAR(200) NOT NULL,   -- comma-separated: ADMIN,ANALYST,ARCHIVIST,SUBSCRIBER
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
    id             VARCHAR(20)  PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    token_sha256   VARCHAR(64)  NOT NULL UNIQUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP WITH TIME ZONE,
    revoked_at     TIMESTAMP WITH TIME ZONE
);

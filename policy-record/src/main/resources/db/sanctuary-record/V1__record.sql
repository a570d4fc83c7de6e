-- The compliance record, format 1: one row of identity, the chain of entries, signed checkpoints.
-- Every column is plain text or an integer, so that any SQL client and any SHA-256 tool can check
-- the chain: hash = lowercase hex SHA-256 of body's UTF-8 bytes; body.prev = hash of seq - 1.
CREATE TABLE record_meta (
  record_id  VARCHAR(36) NOT NULL PRIMARY KEY,
  created_at VARCHAR(24) NOT NULL,
  format     INTEGER     NOT NULL
);

CREATE TABLE record_entry (
  seq         BIGINT       NOT NULL PRIMARY KEY,
  kind        VARCHAR(16)  NOT NULL,
  recorded_at VARCHAR(24)  NOT NULL,
  unit        VARCHAR(64)  NOT NULL,
  request_id  VARCHAR(128) NOT NULL,
  body        TEXT         NOT NULL,
  hash        CHAR(64)     NOT NULL
);

CREATE TABLE record_checkpoint (
  seq       BIGINT      NOT NULL,
  hash      CHAR(64)    NOT NULL,
  signed_at VARCHAR(24) NOT NULL,
  key_id    CHAR(64)    NOT NULL,
  signature VARCHAR(88) NOT NULL,
  PRIMARY KEY (seq, key_id)
);

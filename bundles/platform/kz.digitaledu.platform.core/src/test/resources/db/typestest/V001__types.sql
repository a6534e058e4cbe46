-- Column types that differ between Derby and PostgreSQL, written as SqlMigrations' placeholders.
CREATE TABLE edu_typestest (
  id BIGINT NOT NULL PRIMARY KEY,
  body ${TEXT},
  data ${BYTES}
);

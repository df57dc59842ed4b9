-- The report service's first schema. Every table that holds something a user sent says how long it is kept
-- (PRIVACY.md is the reference; server/privacy/retention.ts deletes on that schedule).

-- Partners: anti-fraud desks whose tools submit and decide through the JSON API. Only a hash of the token is kept.
CREATE TABLE partners (
  id          serial PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  token_hash  text NOT NULL UNIQUE,
  trusted     boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);

-- One row per report received. Kept 180 days after receipt. `reporter` is a keyed hash of the sender's
-- address with a key that is thrown away after two days (reporter_keys), so it counts distinct senders
-- without being traceable to one; no raw address is ever stored.
CREATE TABLE reports (
  id                 text PRIMARY KEY,
  body_sha256        text NOT NULL,
  received_at        timestamptz NOT NULL,
  kind               text NOT NULL,
  created_at         text NOT NULL,
  page_url           text NOT NULL,
  page_host          text NOT NULL,
  page_title         text NOT NULL,
  verdict_level      text,
  verdict_score      double precision,
  verdict_reasons    jsonb NOT NULL DEFAULT '[]',
  comment            text NOT NULL,
  language           text NOT NULL,
  extension_version  text NOT NULL,
  extension_browser  text NOT NULL,
  reporter           text NOT NULL,
  partner_id         integer REFERENCES partners(id),
  status             text NOT NULL DEFAULT 'received'
                     CHECK (status IN ('received', 'under-review', 'listed', 'not-listed')),
  reason             text,
  updated_at         timestamptz NOT NULL
);
CREATE INDEX reports_received_at ON reports (received_at);
CREATE INDEX reports_status ON reports (status);

-- The numbers each report named (E.164), with the status the extension gave them.
CREATE TABLE report_numbers (
  report_id  text NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  number     text NOT NULL,
  status     text NOT NULL,
  PRIMARY KEY (report_id, number)
);
CREATE INDEX report_numbers_number ON report_numbers (number);

-- Screenshots the user chose to attach: PNG bytes only, kept 30 days after receipt.
CREATE TABLE screenshots (
  report_id  text PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  png        bytea NOT NULL,
  received_at timestamptz NOT NULL
);

-- The key of the day for reporter hashes; deleted two days later, after which a stored hash can no longer
-- be linked to any address.
CREATE TABLE reporter_keys (
  day  date PRIMARY KEY,
  key  bytea NOT NULL
);

-- What the team decided about each number. `listed` numbers go on the published list (until they go
-- `last_reported_at` + the expiry without a new report); `official` numbers go in its allow section.
CREATE TABLE numbers (
  number            text PRIMARY KEY,
  state             text NOT NULL CHECK (state IN ('listed', 'official', 'rejected', 'removed', 'expired')),
  brands            jsonb NOT NULL DEFAULT '[]',
  organisation      text,
  source            text NOT NULL,
  first_seen        date,
  last_seen         date,
  last_reported_at  timestamptz NOT NULL,
  decided_at        timestamptz NOT NULL,
  decided_by        text NOT NULL
);
CREATE INDEX numbers_state ON numbers (state);

-- Reviewers' accounts. Passwords are scrypt hashes; admins need a TOTP secret to log in.
CREATE TABLE users (
  id              serial PRIMARY KEY,
  name            text NOT NULL UNIQUE,
  role            text NOT NULL CHECK (role IN ('moderator', 'admin')),
  password_hash   text NOT NULL,
  totp_secret     text,
  totp_last_step  bigint,
  language        text NOT NULL DEFAULT 'en',
  created_at      timestamptz NOT NULL,
  disabled_at     timestamptz
);

-- Sessions: only a hash of the cookie's token is kept, so a copy of the database opens no session.
CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL
);

-- Failed logins, for throttling per account and per client (a keyed hash, as for reporters). Kept one day.
CREATE TABLE login_failures (
  id      bigserial PRIMARY KEY,
  at      timestamptz NOT NULL,
  account text NOT NULL,
  client  text NOT NULL
);
CREATE INDEX login_failures_account ON login_failures (account, at);
CREATE INDEX login_failures_client ON login_failures (client, at);

-- Every decision: who, what, when, why. Append-only: the trigger below refuses UPDATE and DELETE, and the
-- service has no code path that issues either.
CREATE TABLE audit_log (
  id       bigserial PRIMARY KEY,
  at       timestamptz NOT NULL,
  actor    text NOT NULL,
  action   text NOT NULL,
  subject  text NOT NULL,
  reason   text NOT NULL,
  detail   jsonb NOT NULL DEFAULT '{}'
);
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Published lists. `version` only grows; a publish that would remove too much waits as `held` for an admin.
CREATE TABLE publishes (
  version       bigint PRIMARY KEY,
  at            timestamptz NOT NULL,
  state         text NOT NULL CHECK (state IN ('published', 'held', 'confirmed', 'discarded', 'failed')),
  entries       integer NOT NULL,
  allowed       integer NOT NULL,
  added         integer NOT NULL,
  removed       integer NOT NULL,
  list_sha256   text,
  -- The document and its signature, kept for the list in force (so every instance serves the same pair and the
  -- list folder can be rewritten after a crash) and for a held list; cleared for older versions.
  list_json     text,
  signature     text,
  detail        jsonb NOT NULL DEFAULT '{}'
);

-- One row: whether decisions are waiting to be published, and the publisher's last failure for the
-- moderation page.
CREATE TABLE publish_state (
  id           integer PRIMARY KEY CHECK (id = 1),
  dirty_since  timestamptz,
  last_error   text,
  last_error_at timestamptz
);
INSERT INTO publish_state (id) VALUES (1);

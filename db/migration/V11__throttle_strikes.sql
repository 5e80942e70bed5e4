-- Issue 15: the sign-in, password-check and registration throttles (account/throttling) keep their
-- counts here instead of in each instance's memory, so N instances on one database throttle as one.
-- One row per throttle and key (an account name, an address, an account id). The key is a hash of the
-- name or address (StrikeStore): a bounded length, and no typed-in names kept in clear, which are
-- sometimes passwords typed into the wrong field. Times are epoch milliseconds of the application's
-- clock, so H2 and PostgreSQL store them alike. Portable between H2 2.x and PostgreSQL 13+.
CREATE TABLE throttle_strike (
    throttle      VARCHAR(20)    NOT NULL,
    strike_key    VARCHAR(64)    NOT NULL,
    -- the strikes within the window, oldest first, comma-separated; never more than the lock threshold
    failures      VARCHAR(16000) NOT NULL,
    -- until when the next try must wait; 0 when it need not
    blocked_until BIGINT         NOT NULL,
    -- from when the row changes no decision any more (last strike + window, or the end of the wait)
    forget_at     BIGINT         NOT NULL,
    last_seen     BIGINT         NOT NULL,
    CONSTRAINT pk_throttle_strike PRIMARY KEY (throttle, strike_key)
);
-- the least recently struck keys go first when a throttle is full; stale rows are deleted by time
CREATE INDEX ix_throttle_strike_last_seen ON throttle_strike (throttle, last_seen);
CREATE INDEX ix_throttle_strike_forget_at ON throttle_strike (forget_at);

-- Lockout after failed logins: consecutive failures since the last success, and the time until which
-- the account refuses every login (NULL when it is not locked).
ALTER TABLE account ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;

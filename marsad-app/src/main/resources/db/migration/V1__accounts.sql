-- Accounts of the people who use Marsad. Passwords are stored as adaptive hashes only.
CREATE TABLE account (
    id            UUID          PRIMARY KEY,
    username      VARCHAR(64)   NOT NULL UNIQUE,
    password_hash VARCHAR(255)  NOT NULL,
    role          VARCHAR(16)   NOT NULL,
    display_name  VARCHAR(200),
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_role_known CHECK (role IN ('ADMIN', 'COORDINATOR', 'DOCUMENTER', 'ANALYST', 'VIEWER'))
);

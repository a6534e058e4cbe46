-- How to reach a person outside the application (personal data: changes are audited), and whether they want
-- notifications by e-mail and by SMS once the gateways are configured.
ALTER TABLE edu_account ADD COLUMN email VARCHAR(254);
ALTER TABLE edu_account ADD COLUMN phone VARCHAR(16);
ALTER TABLE edu_account ADD COLUMN notify_email BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE edu_account ADD COLUMN notify_sms BOOLEAN DEFAULT TRUE NOT NULL;

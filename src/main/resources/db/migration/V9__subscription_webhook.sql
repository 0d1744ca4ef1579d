-- Issue 8's second channel: a subscription may receive each version as a signed JSON POST to a URL
-- instead of an e-mail. The secret signs the body (HMAC-SHA256); the receiver is given it once.
ALTER TABLE subscription ADD COLUMN webhook_url VARCHAR(2000);
ALTER TABLE subscription ADD COLUMN webhook_secret VARCHAR(100);

-- Judgments (issue 10): when to review one, the first period a revision stands in, and what it is about.
ALTER TABLE judgment_revision ADD COLUMN review_by VARCHAR(10);
ALTER TABLE judgment_revision ADD COLUMN revised_period VARCHAR(10);
ALTER TABLE judgment_revision ADD COLUMN actors VARCHAR(4000);
ALTER TABLE judgment_revision ADD COLUMN places VARCHAR(4000);
ALTER TABLE judgment_revision ADD COLUMN tags VARCHAR(4000);

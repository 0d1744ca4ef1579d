-- Judgments (issue 10): what a judgment's likelihood speaks about (a scenario or a condition on the
-- job's tracked series), so that the review report can hold it against the model's probability.
ALTER TABLE judgment_revision ADD COLUMN about VARCHAR(1000);

-- Review before publishing (issue 10): a job with `review: required` leaves each new version as a
-- DRAFT row whose files wait outside the public archive; a reviewer approves it (it is then published
-- under the same row and number) or sends it back with a comment. Who decided, when, and why stays here.
ALTER TABLE edition_version ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE edition_version ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE edition_version ADD COLUMN review_comment VARCHAR(4000);

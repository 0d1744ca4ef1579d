-- When a published or superseded version's folder was found gone from out/ (state MISSING): an archivist
-- must learn that a version was lost, and when, rather than find its row silently gone.
ALTER TABLE edition_version ADD COLUMN missing_since TIMESTAMP WITH TIME ZONE;

-- Issue 11: flash assessments find the related events of one event by type and date with an index
-- range scan instead of a pass over the whole log. (Subscribers opt into flash alerts with the
-- subscription's flash column, there since V7.)
CREATE INDEX event_revision_type_occurred ON event_revision (event_type, occurred);
-- A flash is the edition flash-<event id>, and an event id may be 200 characters long.
ALTER TABLE edition_version ALTER COLUMN period SET DATA TYPE VARCHAR(210);

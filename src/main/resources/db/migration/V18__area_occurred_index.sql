-- Issue 19: a flash finds the episode of heightened violence its event's governorate is in, counting that
-- governorate's weeks with an index range scan instead of a scan of every event in the history window
-- (bench flash, 200,000 events on H2: gather 484 ms without it, 111 ms with it).
CREATE INDEX event_revision_admin1_occurred ON event_revision (admin1, occurred);

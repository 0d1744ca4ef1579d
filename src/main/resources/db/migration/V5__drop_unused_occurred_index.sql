-- Every read of the log streams all events up to a period's end (the trend baseline and "first seen"
-- need them all), which the planner does as a scan; the index on occurred only slowed each insert.
DROP INDEX event_revision_occurred;

-- Issue 3: what real datasets give beyond the first model: location precision, fatality ranges,
-- and the value that made a row fail, kept with the rejection.
ALTER TABLE event_revision ADD COLUMN geo_precision INTEGER;
ALTER TABLE event_revision ADD COLUMN fatalities_low INTEGER;
ALTER TABLE event_revision ADD COLUMN fatalities_high INTEGER;
ALTER TABLE quarantine ADD COLUMN field_value VARCHAR(1000);
ALTER TABLE quarantine ADD COLUMN import_format VARCHAR(50);

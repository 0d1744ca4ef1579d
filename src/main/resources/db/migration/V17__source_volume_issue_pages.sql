-- Issue 19: a journal article or a report is located by volume, issue and pages, and is often dated by
-- its year alone. published_precision is 'year' or 'month' when only that much of published is known
-- (NULL: the day), so that an article of 2013 is not cited as of a day nobody gave.
ALTER TABLE source ADD COLUMN volume VARCHAR(50);
ALTER TABLE source ADD COLUMN issue VARCHAR(50);
ALTER TABLE source ADD COLUMN pages VARCHAR(50);
ALTER TABLE source ADD COLUMN published_precision VARCHAR(5);

-- The UCDP GED importer cites Sundberg and Melander (2013) with every event. It was stored dated
-- 1 July 2013 (a day the article does not give) and without its volume, issue and pages; stored as the
-- importer now defines it, so that the next UCDP import finds the same source under its key.
UPDATE source
   SET kind = 'article-journal', publisher = 'Journal of Peace Research',
       title = 'Introducing the UCDP Georeferenced Event Dataset', author = 'Sundberg, Ralph and Erik Melander',
       url = NULL, published = DATE '2013-01-01', published_precision = 'year', accessed = NULL,
       volume = '50', issue = '4', pages = '523-532'
 WHERE source_key = 'ucdp-ged-sundberg-melander-2013';

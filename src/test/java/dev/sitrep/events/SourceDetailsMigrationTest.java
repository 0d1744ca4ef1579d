package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A log written before V17 holds the UCDP article as the importer then defined it; V17 stores it as now. */
class SourceDetailsMigrationTest {

    @Test
    void theUcdpArticleStoredBeforeV17ReadsBackAsTheImporterNowDefinesIt() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:source-details-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:dev/sitrep/jobs/schema")
                .target("16").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("""
                INSERT INTO source (source_key, kind, publisher, title, author, url, published, accessed)
                VALUES ('ucdp-ged-sundberg-melander-2013', 'article-journal', 'Journal of Peace Research',
                    'Introducing the UCDP Georeferenced Event Dataset', 'Sundberg, Ralph and Erik Melander', NULL,
                    DATE '2013-07-01', NULL)""").update();
        jdbc.sql("""
                INSERT INTO source (source_key, kind, publisher, title, author, url, published, accessed)
                VALUES ('reuters-1', 'article-newspaper', 'Reuters', 'A story', NULL, 'https://example.org/1',
                    DATE '2025-11-26', DATE '2025-11-27')""").update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:dev/sitrep/jobs/schema")
                .load().migrate();

        assertThat(jdbc.sql("SELECT * FROM source WHERE source_key = 'ucdp-ged-sundberg-melander-2013'")
                .query(EventRows::source).single()).isEqualTo(UcdpGedFormat.DATASET);
        assertThat(jdbc.sql("SELECT * FROM source WHERE source_key = 'reuters-1'").query(EventRows::source).single())
                .as("other sources keep what they had, with no volume, issue, pages or precision")
                .isEqualTo(new Source("reuters-1", "article-newspaper", "Reuters", "A story", null,
                        "https://example.org/1", java.time.LocalDate.of(2025, 11, 26),
                        java.time.LocalDate.of(2025, 11, 27)));
    }
}

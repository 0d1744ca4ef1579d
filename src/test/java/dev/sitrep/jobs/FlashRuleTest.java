package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.events.Actor;
import dev.sitrep.events.DatePrecision;
import dev.sitrep.events.Event;
import dev.sitrep.events.Fatalities;
import dev.sitrep.events.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlashRuleTest {

    @TempDir
    Path dir;

    private final JobDefinitionReader reader = new JobDefinitionReader(
            template -> template.equals("weekly-assessment") || template.equals("flash-assessment"),
            style -> style.equals("chicago-author-date"));

    private Path jobFile(String flash) throws IOException {
        String yaml = Files.readString(Path.of("jobs/syria-weekly.yml"));
        int start = yaml.indexOf("flash:\n");
        int end = yaml.indexOf("scope:\n");
        return Files.writeString(dir.resolve("syria-weekly.yml"), yaml.substring(0, start) + flash + yaml.substring(end));
    }

    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("syria-weekly.yml"));
        return lines.indexOf(text) + 1;
    }

    private static Event event(String type, List<String> actors, String place, String admin1, List<String> tags,
                               Integer fatalities) {
        return new Event("e1", 1, null, LocalDate.of(2025, 11, 26), DatePrecision.DAY, Instant.EPOCH, type, null,
                actors.stream().map(a -> new Actor(a, "side-a")).toList(),
                new Place("Syria", admin1, null, place, null, null, null), "Summary.",
                new Fatalities(fatalities, null, null), tags, List.of(), "test");
    }

    @Test
    void theShippedRuleTriggersOnHmeimimTartousMovementsWithALimitOfTen() {
        FlashRule rule = reader.read(Path.of("jobs/syria-weekly.yml")).flash();
        assertThat(rule.triggers()).isTrue();
        assertThat(rule.types()).containsExactly("military-movement");
        assertThat(rule.tags()).containsExactly("hmeimim-tartous");
        assertThat(rule.limit()).isEqualTo(10);
        assertThat(rule.template()).isEqualTo("flash-assessment");
        assertThat(rule.matches(event("military-movement", List.of("Russian Armed Forces"), "Hmeimim Air Base",
                "Latakia", List.of("convoy", "hmeimim-tartous"), null))).isTrue();
        assertThat(rule.matches(event("military-movement", List.of("Russian Armed Forces"), "Hmeimim Air Base",
                "Latakia", List.of("airlift"), null))).isFalse();
        assertThat(rule.matches(event("armed-clash", List.of(), "Jableh", "Latakia", List.of("hmeimim-tartous"), 3)))
                .isFalse();
    }

    @Test
    void everyFilterMustHoldAnyOfItsValuesAndFatalitiesCountFromTheMinimum() throws IOException {
        FlashRule rule = reader.read(jobFile("""
                flash:
                  actors: [Russian Armed Forces, Russian Military Police]
                  places: [Latakia]
                  min-fatalities: 2
                  limit: 50
                """)).flash();
        assertThat(rule.limit()).isEqualTo(50);
        assertThat(rule.matches(event("armed-clash", List.of("Russian Military Police"), "Jableh", "Latakia",
                List.of(), 2))).isTrue();
        assertThat(rule.matches(event("armed-clash", List.of("Russian Military Police"), "Jableh", "Latakia",
                List.of(), 1))).isFalse();
        assertThat(rule.matches(event("armed-clash", List.of("Russian Military Police"), "Jableh", "Latakia",
                List.of(), null))).as("unknown fatalities do not reach a minimum").isFalse();
        assertThat(rule.matches(event("armed-clash", List.of("Russian Military Police"), "Baniyas", "Tartus",
                List.of(), 5))).isFalse();        assertThat(rule.matches(event("armed-clash", List.of("Russian Military Police"), null, null, List.of(), 5)))
                .as("an event with no place or governorate does not match a places filter, and does not throw")
                .isFalse();
    }

    @Test
    void aJobWithoutARuleNeverTriggersButCanStillBeAssessedOnRequest() throws IOException {
        FlashRule rule = reader.read(jobFile("")).flash();
        assertThat(rule.triggers()).isFalse();
        assertThat(rule.template()).isEqualTo("flash-assessment");
        assertThat(rule.matches(event("military-movement", List.of(), "Hmeimim Air Base", "Latakia", List.of(), 1)))
                .isFalse();
    }

    @Test
    void mistakesNameTheFileLineAndField() throws IOException {
        assertThatThrownBy(() -> reader.read(jobFile("flash:\n  types: [military-movement]\n  limit: 0\n")))
                .hasMessage(dir.resolve("syria-weekly.yml") + ":" + lineOf("  limit: 0")
                        + ": flash.limit: 0 is out of range: use 1 to 1000");
        assertThatThrownBy(() -> reader.read(jobFile("flash:\n  type: [military-movement]\n")))
                .hasMessageContaining(":" + lineOf("  type: [military-movement]") + ": flash.type: unknown field");
        assertThatThrownBy(() -> reader.read(jobFile("flash:\n  tags: [x]\n  min-fatalities: -1\n")))
                .hasMessageContaining(":" + lineOf("  min-fatalities: -1") + ": flash.min-fatalities: -1 is negative");
        assertThatThrownBy(() -> reader.read(jobFile("flash:\n  limit: 5\n")))
                .as("the rule's first line").hasMessageContaining(":" + lineOf("  limit: 5") + ": flash: a flash rule needs at least one of types, "
                        + "actors, places, tags or min-fatalities");
        assertThatThrownBy(() -> reader.read(jobFile("flash:\n  tags: [x]\n  template: nowhere\n")))
                .hasMessageContaining(":" + lineOf("  template: nowhere")
                        + ": flash.template: no template folder report-templates/nowhere/");
    }
}

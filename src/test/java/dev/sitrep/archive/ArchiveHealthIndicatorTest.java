package dev.sitrep.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

class ArchiveHealthIndicatorTest {

    @TempDir
    Path dir;

    @Test
    void aWritableOutDirWithEnoughFreeSpaceIsUp() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));

        Health health = check(out, DataSize.ofBytes(1));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("path", out.toString()).containsEntry("exists", true)
                .containsEntry("threshold", 1L).containsKey("free");
    }

    @Test
    void anOutDirNotMadeYetUnderAWritableFolderIsUpBecauseTheArchiveCreatesIt() {
        Health health = check(dir.resolve("out"), DataSize.ofBytes(1));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("exists", false);
    }

    @Test
    void anOutDirThatIsAFileOrUnderOneIsDown() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");

        assertThat(check(file, DataSize.ofBytes(1)).getStatus()).isEqualTo(Status.DOWN);
        assertThat(check(file.resolve("inner"), DataSize.ofBytes(1)).getDetails())
                .containsEntry("reason", "not a directory: " + file);
    }

    @Test
    void lessFreeSpaceThanTheThresholdIsDown() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));

        Health health = check(out, DataSize.ofTerabytes(1_000_000));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).startsWith("less than");
    }

    private static Health check(Path out, DataSize threshold) {
        return new ArchiveHealthIndicator(new ArchiveSettings(out), new ArchiveHealthSettings(threshold)).health();
    }
}

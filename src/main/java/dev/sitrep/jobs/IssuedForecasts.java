package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.IssuedForecast;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.archive.Archive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * forecasts.json, beside each edition: what it forecast, so that later editions can score it. Read back
 * from the archive as each period was first issued, since that is the forecast readers saw then.
 */
final class IssuedForecasts {

    static final String FILE_NAME = "forecasts.json";
    private static final Logger LOG = LoggerFactory.getLogger(IssuedForecasts.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Archive archive;

    IssuedForecasts(Archive archive) {
        this.archive = archive;
    }

    static byte[] json(String period, Prognosis prognosis) {
        return (JSON.writeValueAsString(IssuedForecast.of(period, prognosis)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The forecasts of the job's editions from {@code fromPeriod} up to {@code beforePeriod}. A file that
     * cannot be read is left out of the track record with a warning that names it, never the edition.
     */
    List<IssuedForecast> read(String jobId, String fromPeriod, String beforePeriod) {
        List<IssuedForecast> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : archive.firstIssued(jobId, FILE_NAME, fromPeriod, beforePeriod).entrySet()) {
            try {
                out.add(JSON.readValue(e.getValue(), IssuedForecast.class));
            } catch (JacksonException ex) {
                LOG.warn("{} {}: {} is not readable and is left out of the track record: {}", jobId, e.getKey(),
                        FILE_NAME, ex.getOriginalMessage());
            }
        }
        return out;
    }
}

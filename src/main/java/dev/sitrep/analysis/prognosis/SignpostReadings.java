package dev.sitrep.analysis.prognosis;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a measured signpost against the last months logged; an observed one is left to the analysts. */
final class SignpostReadings {

    private SignpostReadings() {
    }

    static SignpostReading read(Signpost signpost, PrognosisSettings settings, SeriesCounts counts) {
        if (!signpost.measured()) {
            return new SignpostReading(signpost.title(), null, null, null);
        }
        ScenarioCondition condition = ScenarioCondition.parse(signpost.when(), settings.seriesIds(),
                ScenarioCondition.Grain.MONTHS);
        Map<String, int[]> recent = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (String id : condition.series()) {
            int[] monthly = counts.monthlyOf(id);
            if (monthly.length == 0) {
                return new SignpostReading(signpost.title(), condition.text(), null, "no month of "
                        + title(settings, id) + " logged yet");
            }
            int[] last = Arrays.copyOfRange(monthly, Math.max(0, monthly.length - signpost.months()), monthly.length);
            recent.put(id, last);
            shown.add(title(settings, id) + ": " + String.join(", ", Arrays.stream(last).mapToObj(Integer::toString)
                    .toList()));
        }
        int months = recent.values().iterator().next().length;
        return new SignpostReading(signpost.title(), condition.text(), condition.holds(recent),
                String.join("; ", shown) + " in " + span(counts.lastMonth(), months));
    }

    private static String title(PrognosisSettings settings, String id) {
        return settings.series().stream().filter(s -> s.id().equals(id)).map(SeriesSpec::title).findFirst()
                .orElse(id);
    }

    /** "September–November 2025", "November 2025", "December 2025–February 2026". */
    static String span(YearMonth last, int months) {
        YearMonth first = last.minusMonths(months - 1L);
        String end = name(last) + " " + last.getYear();
        if (months == 1) {
            return end;
        }
        return name(first) + (first.getYear() == last.getYear() ? "" : " " + first.getYear()) + "–" + end;
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

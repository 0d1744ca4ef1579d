package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;

/** The forecast for one future week: expected count and its 80 % and 95 % intervals. */
public record ForecastPoint(IsoWeek week, double mean, int lo80, int hi80, int lo95, int hi95) {
}

package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestRow;
import dev.sitrep.analysis.prognosis.BacktestScore;
import dev.sitrep.analysis.prognosis.BacktestSkill;
import dev.sitrep.analysis.prognosis.BacktestSpan;
import dev.sitrep.analysis.prognosis.CountModel;

/** A backtest as JSON, written by hand so that field order and number format are fixed (NaN becomes null). */
final class BacktestJson {

    private BacktestJson() {
    }

    static String write(BacktestResult result) {
        StringBuilder out = new StringBuilder("{\n  \"forecasts\": [");
        String sep = "\n";
        for (BacktestRow r : result.rows()) {
            out.append(sep).append("    {\"series\": ").append(text(r.series())).append(", \"origin\": \"")
                    .append(r.origin()).append("\", \"horizon\": ").append(r.horizon()).append(", \"target\": \"")
                    .append(r.target()).append("\", \"model\": ").append(text(r.model())).append(", \"chosen\": ")
                    .append(text(r.chosen())).append(", \"mean\": ").append(number(r.mean()))
                    .append(", \"lo50\": ").append(r.lo50()).append(", \"hi50\": ").append(r.hi50())
                    .append(", \"lo80\": ").append(r.lo80()).append(", \"hi80\": ").append(r.hi80())
                    .append(", \"lo95\": ").append(r.lo95()).append(", \"hi95\": ").append(r.hi95())
                    .append(", \"actual\": ").append(r.actual()).append(", \"crps\": ").append(number(r.crps()))
                    .append('}');
            sep = ",\n";
        }
        out.append("\n  ],\n  \"scores\": [");
        sep = "\n";
        for (BacktestScore s : result.scores()) {
            double[] c = s.coverage();
            double[] w = s.width();
            out.append(sep).append("    {\"series\": ").append(text(s.series())).append(", \"horizon\": ")
                    .append(s.horizon()).append(", \"model\": ").append(text(s.model())).append(", \"n\": ")
                    .append(s.forecasts()).append(", \"mae\": ").append(number(s.mae())).append(", \"rmse\": ")
                    .append(number(s.rmse())).append(", \"mase\": ").append(number(s.mase()))
                    .append(", \"crps\": ").append(number(s.crps()));
            for (int i = 0; i < c.length; i++) {
                int level = BacktestScore.LEVELS[i];
                out.append(", \"coverage").append(level).append("\": ").append(number(c[i]))
                        .append(", \"width").append(level).append("\": ").append(number(w[i]));
            }
            out.append('}');
            sep = ",\n";
        }
        out.append("\n  ],\n  \"skill\": [");
        sep = "\n";
        for (BacktestSkill k : result.skill()) {
            out.append(sep).append("    {\"series\": ").append(text(k.series())).append(", \"horizon\": ")
                    .append(k.horizon()).append(", \"autoOverNaive\": ").append(number(k.autoOverNaive()))
                    .append(", \"autoOverMean12\": ").append(number(k.autoOverMean12())).append(", \"series_count\": ")
                    .append(k.seriesCount()).append(", \"verdict\": ").append(text(k.verdict())).append('}');
            sep = ",\n";
        }
        out.append("\n  ],\n  \"spans\": [");
        sep = "\n";
        for (BacktestSpan span : result.spans()) {
            out.append(sep).append("    {\"name\": ").append(text(span.name())).append(", \"from\": ")
                    .append(span.from() == null ? "null" : text(span.from().toString())).append(", \"to\": ")
                    .append(span.to() == null ? "null" : text(span.to().toString())).append(", \"models\": [");
            String inner = "\n";
            for (int h : result.settings().horizons()) {
                for (String model : result.settings().models()) {
                    out.append(inner).append("      {\"horizon\": ").append(h).append(", \"model\": ").append(text(model));
                    for (String baseline : new String[] {CountModel.NAIVE.id(), CountModel.MEAN12.id()}) {
                        String name = baseline.equals(CountModel.NAIVE.id()) ? "Naive" : "Mean12";
                        out.append(", \"maeOver").append(name).append("\": ")
                                .append(number(span.maeRatio(model, baseline, h))).append(", \"crpsOver").append(name)
                                .append("\": ").append(number(span.crpsRatio(model, baseline, h)));
                    }
                    double[] c = span.coverage(model, h);
                    for (int i = 0; i < BacktestScore.LEVELS.length; i++) {
                        out.append(", \"coverage").append(BacktestScore.LEVELS[i]).append("\": ")
                                .append(c == null ? "null" : number(c[i]));
                    }
                    out.append('}');
                    inner = ",\n";
                }
            }
            out.append("\n    ]}");
            sep = ",\n";
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static String number(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "null" : BacktestReport.number(x).replaceAll("\\.?0+$", "")
                .replaceAll("^-?$", "0");
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

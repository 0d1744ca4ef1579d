package dev.sitrep.analysis.prognosis;

/**
 * How one model did on one series at one horizon over the backtest's targets ({@code series} is
 * {@link BacktestResult#ALL} for every series pooled). MASE is the MAE over the naive forecast's on the same
 * targets, so naive scores 1 by construction; coverage is the share of outcomes inside each central interval and
 * width its mean hi − lo, for the 50, 80 and 95 % intervals in that order.
 */
public record BacktestScore(String series, int horizon, String model, int forecasts, double mae, double rmse,
                            double mase, double crps, double[] coverage, double[] width) {

    public static final int[] LEVELS = {50, 80, 95};

    public BacktestScore {
        coverage = coverage.clone();
        width = width.clone();
    }

    @Override
    public double[] coverage() {
        return coverage.clone();
    }

    @Override
    public double[] width() {
        return width.clone();
    }
}

package dev.sitrep.render;

import java.util.List;

/** A backtest's model card: the Markdown, the PDF laid out from it, and the charts both show (SVG files). */
public record BacktestModelCard(String markdown, byte[] pdf, List<Chart> charts) {

    public BacktestModelCard {
        pdf = pdf.clone();
        charts = List.copyOf(charts);
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}

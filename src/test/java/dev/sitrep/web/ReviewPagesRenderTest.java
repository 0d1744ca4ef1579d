package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReviewPagesRenderTest {

    @Test
    void aRejectedInputsLinkThatWouldRunCodeIsShownAsTextOnTheReviewersPage() {
        // As the probe sent it: an event field holding a Markdown link, echoed in the "Input rejected" table.
        String report = "| Line | Field | Value |\n|---|---|---|\n"
                + "| 3 | occurred | [open report](JavaScript:alert(document.cookie)) |\n"
                + "| 4 | place | [map](data:text/html;base64,PHNjcmlwdD4=) |\n"
                + "| 5 | title | [x](vbscript:msgbox) and [source](https://example.org/report) |\n";

        var html = Jsoup.parseBodyFragment(ReviewPages.render(report));

        assertThat(html.select("td").text()).contains("open report", "map", "x and source");
        assertThat(html.select("a[href]")).singleElement().extracting(a -> a.attr("href"))
                .isEqualTo("https://example.org/report");
    }
}

package dev.sitrep.events;

import java.time.LocalDate;

/** A bibliography entry; {@code key} identifies it however many events cite it. */
public record Source(
        String key,
        String kind,
        String publisher,
        String title,
        String author,
        String url,
        LocalDate published,
        LocalDate accessed) {
}

package dev.sitrep.render;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.sitrep.assessment.Reference;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sitrep's sources as CSL items, one per key, sorted by key. */
final class CslItems {

    /** Types whose publisher publishes them; for the others (articles, web pages, posts) it is their container. */
    private static final Set<CSLType> PUBLISHED_BY = EnumSet.of(CSLType.REPORT, CSLType.MOTION_PICTURE, CSLType.BOOK,
            CSLType.DATASET, CSLType.THESIS, CSLType.SOFTWARE, CSLType.PAMPHLET, CSLType.STANDARD);

    private CslItems() {
    }

    /** The same source listed twice is one item; two different sources under one key are an error. */
    static SortedMap<String, CSLItemData> from(List<Reference> references) {
        SortedMap<String, Reference> byKey = new TreeMap<>();
        for (Reference ref : references) {
            if (ref.key() == null || ref.key().isBlank()) {
                throw new IllegalArgumentException("a source has no key: " + ref);
            }
            Reference earlier = byKey.putIfAbsent(ref.key(), ref);
            if (earlier != null && !earlier.equals(ref)) {
                throw new IllegalArgumentException("two different sources share the key '" + ref.key() + "'");
            }
        }
        SortedMap<String, CSLItemData> items = new TreeMap<>();
        byKey.forEach((key, ref) -> items.put(key, item(ref)));
        return items;
    }

    private static CSLItemData item(Reference ref) {
        CSLType type = type(ref.kind());
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(ref.key()).type(type).title(ref.title()).URL(ref.url())
                .volume(ref.volume()).issue(ref.issue()).page(ref.pages());
        if (PUBLISHED_BY.contains(type)) {
            item.publisher(ref.publisher());
        } else {
            item.containerTitle(ref.publisher());
        }
        if (ref.author() != null && !ref.author().isBlank()) {
            item.author(CslNames.of(ref.author()).toArray(CSLName[]::new));
        } else if (ref.publisher() != null) {
            // Without an author, author-date styles fall back to the title; "Reuters 2025" reads better.
            // Literal: "The Moscow Times" must not be inverted to "Times, The Moscow".
            item.author(new CSLNameBuilder().literal(ref.publisher()).build());
        }
        if (ref.published() != null) {
            item.issued(date(ref.published(), ref.publishedPrecision()));
        }
        if (ref.accessed() != null) {
            item.accessed(date(ref.accessed(), null));
        }
        return item.build();
    }

    /** As much of the date as is known: an article of 2013 is issued [2013], never [2013, 1, 1]. */
    private static CSLDate date(LocalDate date, String precision) {
        CSLDateBuilder builder = new CSLDateBuilder();
        if ("year".equals(precision)) {
            return builder.dateParts(date.getYear()).build();
        }
        if ("month".equals(precision)) {
            return builder.dateParts(date.getYear(), date.getMonthValue()).build();
        }
        return builder.dateParts(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).build();
    }

    /** A kind is a CSL type name ("article-journal", "report", ...); anything else is cited as a web page. */
    static CSLType type(String kind) {
        if (kind == null) {
            return CSLType.WEBPAGE;
        }
        try {
            return CSLType.fromString(kind);
        } catch (IllegalArgumentException e) {
            return CSLType.WEBPAGE;
        }
    }
}

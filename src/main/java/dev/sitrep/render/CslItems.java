package dev.sitrep.render;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.sitrep.assessment.Reference;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sitrep's sources as CSL items, one per key, sorted by key. */
final class CslItems {

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
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(ref.key()).type(type).title(ref.title()).URL(ref.url());
        if (type == CSLType.REPORT || type == CSLType.MOTION_PICTURE) {
            item.publisher(ref.publisher());
        } else {
            item.containerTitle(ref.publisher());
        }
        // Without an author, author-date styles fall back to the title; "Reuters 2025" reads better.
        String author = ref.author() != null && !ref.author().isBlank() ? ref.author() : ref.publisher();
        if (author != null) {
            // Literal: "The Moscow Times" or "Jane Doe" must not be inverted to "Times, The Moscow".
            item.author(new CSLNameBuilder().literal(author).build());
        }
        if (ref.published() != null) {
            item.issued(date(ref.published()));
        }
        if (ref.accessed() != null) {
            item.accessed(date(ref.accessed()));
        }
        return item.build();
    }

    private static CSLDate date(LocalDate date) {
        return new CSLDateBuilder().dateParts(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).build();
    }

    private static CSLType type(String kind) {
        if (kind == null) {
            return CSLType.WEBPAGE;
        }
        return switch (kind) {
            case "article-newspaper", "webpage", "report", "post", "motion_picture", "article" -> CSLType.fromString(kind);
            default -> CSLType.WEBPAGE;
        };
    }
}

package dev.sitrep.assessment;

import java.util.List;

/** A prose section of the assessment (context, strategic logic, risks ...), in the order the model gives. */
public record Section(String id, String heading, List<Passage> passages) {

    public Section {
        passages = List.copyOf(passages);
    }
}

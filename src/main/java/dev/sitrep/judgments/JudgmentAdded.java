package dev.sitrep.judgments;

/** What adding one judgment file did: stored as revision N, or left alone because nothing changed. */
public record JudgmentAdded(String file, String id, int revision, boolean changed) {

    @Override
    public String toString() {
        return file + ": " + id + (changed ? " stored as revision " + revision : " unchanged (revision " + revision + ")");
    }
}

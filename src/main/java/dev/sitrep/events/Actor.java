package dev.sitrep.events;

/** An actor in an event, with its role: side A, side B, or associated with one of them. */
public record Actor(String name, String role) {

    public static final java.util.Set<String> ROLES = java.util.Set.of("side-a", "side-b", "associated");
}

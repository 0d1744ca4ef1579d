package dev.sitrep.events;

/** A field of an input line that cannot be taken as it is; caught per line and turned into a Rejection. */
class InvalidField extends RuntimeException {

    private final String field;

    InvalidField(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}

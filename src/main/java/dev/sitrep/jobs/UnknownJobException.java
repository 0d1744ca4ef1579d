package dev.sitrep.jobs;

/** A job id with no {@code jobs/<id>.yml}; the message lists the jobs that are defined. */
public class UnknownJobException extends JobDefinitionException {

    public UnknownJobException(String message) {
        super(message);
    }
}

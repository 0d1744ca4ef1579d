package dev.sitrep.jobs;

/**
 * A period the job's scope does not cover (a week before its {@code scope.from}): refused before any work,
 * like the job definition's other limits, since no edition of it could say anything.
 */
public class PeriodOutsideScopeException extends JobDefinitionException {

    public PeriodOutsideScopeException(String message) {
        super(message);
    }
}

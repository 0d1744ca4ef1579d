package dev.sitrep.judgments;

/** A judgment id that no revision has. */
public class UnknownJudgmentException extends JudgmentException {

    public UnknownJudgmentException(String message) {
        super(message);
    }
}

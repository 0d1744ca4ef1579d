package dev.sitrep.web.security;

/** A token just created: the one moment its secret exists outside the client that receives it. */
public record IssuedToken(ApiToken token, String secret) {

    /** Keeps the secret out of any log line or exception message that prints this record. */
    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=<hidden>]";
    }
}

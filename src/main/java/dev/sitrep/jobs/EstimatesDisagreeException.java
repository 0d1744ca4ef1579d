package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/**
 * A run refused because an analyst's likelihood and the model's probability are two or more bands apart
 * and the job says {@code on-disagreement: refuse}; the message names each judgment with both figures.
 */
public class EstimatesDisagreeException extends SitrepException {

    public EstimatesDisagreeException(String message) {
        super(message, PublishFailedException.EXIT_CODE);
    }
}

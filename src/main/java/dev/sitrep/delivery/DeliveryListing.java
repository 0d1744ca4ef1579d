package dev.sitrep.delivery;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The delivery log as {@code deliveries list} reads it, without the mail and webhook senders. */
@Service
public class DeliveryListing {

    private final DeliveryLog deliveries;

    DeliveryListing(JdbcClient jdbc) {
        this.deliveries = new DeliveryLog(jdbc);
    }

    /** Newest first; any filter may be null. */
    public List<DeliveryEntry> list(String jobId, String period, Integer version, String status, int limit) {
        return deliveries.list(jobId, period, version, status, limit);
    }
}

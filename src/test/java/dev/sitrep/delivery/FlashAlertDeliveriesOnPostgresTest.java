package dev.sitrep.delivery;

import dev.sitrep.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class FlashAlertDeliveriesOnPostgresTest extends FlashAlertDeliveries {

    FlashAlertDeliveriesOnPostgresTest(FlashAlerts alerts, Deliveries deliveries, Subscribers subscribers) {
        super(alerts, deliveries, subscribers);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }
}

package dev.sitrep.delivery;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class FlashAlertDeliveriesOnH2Test extends FlashAlertDeliveries {

    FlashAlertDeliveriesOnH2Test(FlashAlerts alerts, Deliveries deliveries, Subscribers subscribers) {
        super(alerts, deliveries, subscribers);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:flash-alert-deliveries;DB_CLOSE_DELAY=-1");
    }
}

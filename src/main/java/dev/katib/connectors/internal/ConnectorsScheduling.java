package dev.katib.connectors.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduler for the connectors' own timed work (polling watched tables, refreshing
 * Airtable webhooks), so that it does not depend on another module happening to enable it.
 * Declaring it twice is harmless: Spring registers one scheduled-annotation processor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConnectorsScheduling {
}

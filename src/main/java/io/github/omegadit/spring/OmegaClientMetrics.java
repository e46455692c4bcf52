/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;

/**
 * Gauges of a client's {@link DitClient#health()}: {@code omega.dit.certificate.days.left} (whole days until the
 * client certificate expires, negative once expired; only with a client certificate) and
 * {@code omega.dit.transport.failures.consecutive}. Reading them sends nothing to OMEGA.
 */
public final class OmegaClientMetrics implements MeterBinder {

    /** Gauge of the client certificate's days left. */
    public static final String CERTIFICATE_DAYS_LEFT = "omega.dit.certificate.days.left";
    /** Gauge of the transport failures in a row. */
    public static final String CONSECUTIVE_TRANSPORT_FAILURES = "omega.dit.transport.failures.consecutive";

    private final DitClient client;

    /**
     * Gauges of this client.
     *
     * @param client the client
     */
    public OmegaClientMetrics(DitClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (client.health().certificateDaysLeft().isPresent()) {
            Gauge.builder(CERTIFICATE_DAYS_LEFT, client, c -> c.health().certificateDaysLeft().orElse(0))
                    .description("Whole days until the client certificate expires (OMEGA refuses an expired one)")
                    .baseUnit("days").strongReference(true).register(registry);
        }
        Gauge.builder(CONSECUTIVE_TRANSPORT_FAILURES, client, c -> c.health().consecutiveTransportFailures())
                .description("Calls to OMEGA in a row that ended in a transport failure")
                .strongReference(true).register(registry);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The health of the OMEGA connection for Spring Boot 3 ({@code org.springframework.boot.actuate.health}), named
 * {@code omega}: computed from what the client already saw ({@link DitClient#health()}), never by calling OMEGA.
 * DOWN when the client is closed, its client certificate has expired, or the last
 * {@code omega.health.transport-failures-down} calls (3) in a row got no usable answer; UP otherwise, with a
 * {@code warning} when the certificate expires within 30 days. On Boot 4, {@link OmegaBoot4HealthIndicator}.
 */
public final class OmegaHealthIndicator implements HealthIndicator {

    private final OmegaHealthCheck check;

    /**
     * The indicator of a client.
     *
     * @param client                the client
     * @param transportFailuresDown DOWN after this many calls in a row ended in a transport failure
     */
    public OmegaHealthIndicator(DitClient client, int transportFailuresDown) {
        this.check = new OmegaHealthCheck(client, transportFailuresDown);
    }

    @Override
    public Health health() {
        OmegaHealthCheck.Verdict v = check.check();
        return (v.up() ? Health.up() : Health.down()).withDetails(v.details()).build();
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of the OMEGA connection for Spring Boot 4 ({@code org.springframework.boot.health.contributor}), named
 * {@code omega}: the same verdict as {@link OmegaHealthIndicator} on Boot 3, from what the client already saw.
 */
public final class OmegaBoot4HealthIndicator implements HealthIndicator {

    private final OmegaHealthCheck check;

    /**
     * The indicator of a client.
     *
     * @param client                the client
     * @param transportFailuresDown DOWN after this many calls in a row ended in a transport failure
     */
    public OmegaBoot4HealthIndicator(DitClient client, int transportFailuresDown) {
        this.check = new OmegaHealthCheck(client, transportFailuresDown);
    }

    @Override
    public Health health() {
        OmegaHealthCheck.Verdict v = check.check();
        return (v.up() ? Health.up() : Health.down()).withDetails(v.details()).build();
    }
}

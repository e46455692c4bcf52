/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.ClientHealth;
import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The verdict of the health indicators, for either Boot's health API, from what the client already saw
 * ({@link DitClient#health()}): never a call to OMEGA.
 * <ul>
 * <li>DOWN when the client is closed, when its client certificate has expired (OMEGA refuses the handshake), or when
 *     the last {@code transportFailuresDown} calls in a row ended in a transport failure;</li>
 * <li>UP otherwise, before the first call too; a certificate expiring within 30 days adds a {@code warning}.</li>
 * </ul>
 * Details: {@code endpoint}, {@code consecutiveTransportFailures}, {@code certificateDaysLeft} (with a client
 * certificate), {@code lastCalls} (per operation: {@code outcome}, {@code at}, {@code attempts},
 * {@code durationMs}), and {@code reason} or {@code warning}.
 */
final class OmegaHealthCheck {

    /** UP or DOWN, and what to show. */
    record Verdict(boolean up, Map<String, Object> details) {}

    private final DitClient client;
    private final int transportFailuresDown;

    OmegaHealthCheck(DitClient client, int transportFailuresDown) {
        this.client = client;
        this.transportFailuresDown = transportFailuresDown;
    }

    Verdict check() {
        ClientHealth h = client.health();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("endpoint", client.endpoint().toString());
        details.put("consecutiveTransportFailures", h.consecutiveTransportFailures());
        OptionalLong days = h.certificateDaysLeft();
        days.ifPresent(d -> details.put("certificateDaysLeft", d));
        Map<String, Object> calls = new LinkedHashMap<>();
        h.lastCalls().forEach((op, c) -> {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("outcome", c.outcome());
            call.put("at", c.at().toString());
            call.put("attempts", c.attempts());
            call.put("durationMs", c.duration().toMillis());
            calls.put(op.wsdlName(), call);
        });
        details.put("lastCalls", calls);
        String reason = null;
        if (h.closed()) {
            reason = "the client is closed";
        } else if (days.isPresent() && days.getAsLong() < 0) {
            reason = "the client certificate expired on " + h.clientCertificateExpiry() + ": OMEGA refuses it";
        } else if (h.consecutiveTransportFailures() >= transportFailuresDown) {
            reason = h.consecutiveTransportFailures() + " calls in a row got no usable answer from OMEGA (last: "
                    + h.lastCall().map(ClientHealth.LastCall::outcome).orElse("?") + ")";
        }
        if (reason != null) {
            details.put("reason", reason);
            return new Verdict(false, details);
        }
        if (days.isPresent() && days.getAsLong() < TlsConfig.EXPIRY_WARNING.toDays()) {
            details.put("warning", "the client certificate expires in " + days.getAsLong()
                    + " days: renew it now, renewal takes weeks");
        }
        return new Verdict(true, details);
    }
}

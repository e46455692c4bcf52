/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link Doctor} found: one {@link DoctorCheck} per kind, in order.
 *
 * @param endpoint the endpoint checked
 * @param at       when the checks started
 * @param checks   every check, in the order of {@link DoctorCheck.Kind}
 */
public record DoctorReport(URI endpoint, Instant at, List<DoctorCheck> checks) {

    /** All required; the list is copied. */
    public DoctorReport {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(at, "at");
        checks = List.copyOf(checks);
    }

    /** True when no check failed or warned (skipped ones do not count). */
    public boolean allPassed() {
        return checks.stream().allMatch(DoctorCheck::passed);
    }

    /** The check of this kind. */
    public Optional<DoctorCheck> check(DoctorCheck.Kind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** One line per check. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (DoctorCheck c : checks) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.CallEvent;
import io.github.omegadit.CallObserver;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.protocol.Operation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * The {@link CallObserver} that reports to Micrometer: one {@link Observation} per call (named by
 * {@link DefaultOmegaCallObservationConvention}: a timer with Boot's metrics, a span with its tracing bridge), open
 * on the calling thread during the call, and counters:
 * <ul>
 * <li>{@code omega.dit.outcome.unknown} (tag {@code operation}): calls that change the demande, may have reached
 *     OMEGA and got no answer (registered at 0 for each such operation, so an alert on its rate has a series);</li>
 * <li>{@code omega.dit.retries} (tags {@code operation}, {@code failure}): attempts retried, by the failure that
 *     caused the retry;</li>
 * <li>{@code omega.dit.rate.limit.waits} (tag {@code operation}): attempts that waited for the client-side rate
 *     limit.</li>
 * </ul>
 * Spring Boot registers it on the auto-configured client; without Spring, register it yourself:
 * {@code DitClient.builder()...callObserver(new MicrometerCallObserver(observations, meters))}. It needs only
 * Micrometer.
 */
public final class MicrometerCallObserver implements CallObserver {

    /** Counter of outcome-unknown calls. */
    public static final String OUTCOME_UNKNOWN = "omega.dit.outcome.unknown";
    /** Counter of retried attempts. */
    public static final String RETRIES = "omega.dit.retries";
    /** Counter of rate-limit waits. */
    public static final String RATE_LIMIT_WAITS = "omega.dit.rate.limit.waits";

    private static final OmegaCallObservationConvention DEFAULT = new DefaultOmegaCallObservationConvention();

    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final OmegaCallObservationConvention convention;

    /**
     * An observer with the default names and tags.
     *
     * @param observations where the observations go ({@link ObservationRegistry#NOOP} for none)
     * @param meters       where the counters go
     */
    public MicrometerCallObserver(ObservationRegistry observations, MeterRegistry meters) {
        this(observations, meters, null);
    }

    /**
     * An observer with a convention of your own.
     *
     * @param observations where the observations go
     * @param meters       where the counters go
     * @param convention   names and tags of the observation, or {@code null} for the default
     */
    public MicrometerCallObserver(ObservationRegistry observations, MeterRegistry meters,
            OmegaCallObservationConvention convention) {
        this.observations = Objects.requireNonNull(observations, "observations");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.convention = convention;
        for (Operation op : Operation.values()) {
            if (!op.idempotent()) {
                outcomeUnknown(op);
            }
        }
    }

    @Override
    public Call start(Operation operation) {
        OmegaCallContext context = new OmegaCallContext(operation);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, observations)
                .start();
        Observation.Scope scope = observation.openScope();
        return event -> {
            try {
                context.event(event);
                if (event.failure() != null) {
                    observation.error(event.failure());
                }
            } finally {
                scope.close();
                observation.stop();
            }
            count(event);
        };
    }

    private void count(CallEvent event) {
        String op = event.operation().wsdlName();
        if (event.outcomeUnknown()) {
            outcomeUnknown(event.operation()).increment();
        }
        for (Failure f : event.retriedFailures()) {
            Counter.builder(RETRIES).description("Attempts of calls to OMEGA that failed and were retried")
                    .tag("operation", op).tag("failure", f.name()).register(meters).increment();
        }
        if (event.rateLimitWaits() > 0) {
            Counter.builder(RATE_LIMIT_WAITS).description("Attempts that waited for the client-side rate limit")
                    .tag("operation", op).register(meters).increment(event.rateLimitWaits());
        }
    }

    private Counter outcomeUnknown(Operation op) {
        return Counter.builder(OUTCOME_UNKNOWN)
                .description("Calls that change the demande, may have reached OMEGA and got no answer: reconcile")
                .tag("operation", op.wsdlName()).register(meters);
    }

    @Override
    public String toString() {
        return "MicrometerCallObserver[" + observations + ", " + meters + "]";
    }
}

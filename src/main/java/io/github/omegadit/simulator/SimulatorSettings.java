/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.rules.Catalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The settings of {@link OmegaSimulator.Builder}, each with its default; the setters check their value at once
 * ({@link IllegalArgumentException}) and return the builder.
 *
 * @param <B> the builder type the setters return
 */
public abstract class SimulatorSettings<B extends SimulatorSettings<B>> {

    int port;
    Clock clock = Clock.system(OmegaSimulator.PARIS);
    Catalogue catalogue;
    int workerThreads = OmegaSimulator.DEFAULT_WORKER_THREADS;
    int leadTime = OmegaSimulator.DEFAULT_LEAD_TIME;
    int expressLeadTime = OmegaSimulator.DEFAULT_EXPRESS_LEAD_TIME;
    List<PlageHoraire> plages = PlageHoraire.DEFAULTS;
    boolean prebookedLoad = true;
    Duration internalEventAfter = OmegaSimulator.DEFAULT_INTERNAL_EVENT_AFTER;
    Path recordTo;
    boolean adminApi = true;

    SimulatorSettings() {}

    abstract B self();

    /**
     * The port (default 0: a free one, which is what tests want; a fixed port for a demo others connect to).
     *
     * @throws IllegalArgumentException outside 0-65535
     */
    public final B port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        this.port = port;
        return self();
    }

    /** Where "today" comes from (default: the system clock in Europe/Paris). Fix it for repeatable tests. */
    public final B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** Shortcut: a clock fixed at 09:00, Europe/Paris, on this day. */
    public final B today(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return clock(Clock.fixed(today.atTime(LocalTime.of(9, 0)).atZone(OmegaSimulator.PARIS).toInstant(),
                OmegaSimulator.PARIS));
    }

    /** The Annexe B catalogue (default {@link Catalogue#standard()}), e.g. a newer table loaded from a file. */
    public final B catalogue(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        return self();
    }

    /**
     * Worker threads of the HTTP server (default {@value OmegaSimulator#DEFAULT_WORKER_THREADS}; idle ones end after
     * 10 s): each reads and answers one exchange at a time, so a client that stalls mid-request holds one worker, not
     * the simulator; exchanges beyond wait their turn. A call waiting out a forced delay holds no thread.
     *
     * @throws IllegalArgumentException when below 1
     */
    public final B workerThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1, got " + threads);
        }
        this.workerThreads = threads;
        return self();
    }

    /**
     * Working days from today to the first bookable day (default {@value OmegaSimulator#DEFAULT_LEAD_TIME}).
     *
     * @throws IllegalArgumentException when negative
     */
    public final B leadTime(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("leadTime must not be negative, got " + workingDays);
        }
        this.leadTime = workingDays;
        return self();
    }

    /**
     * The same with OptionExpress "1" (default {@value OmegaSimulator#DEFAULT_EXPRESS_LEAD_TIME}).
     *
     * @throws IllegalArgumentException when negative
     */
    public final B expressLeadTime(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("expressLeadTime must not be negative, got " + workingDays);
        }
        this.expressLeadTime = workingDays;
        return self();
    }

    /**
     * The plages (default {@link PlageHoraire#DEFAULTS}); the seeded load applies to the default codes only.
     *
     * @throws IllegalArgumentException when empty or a code appears twice
     */
    public final B plages(List<PlageHoraire> plages) {
        List<PlageHoraire> copy = List.copyOf(plages);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one plage is needed");
        }
        if (copy.stream().map(PlageHoraire::code).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("plage codes must be distinct: " + copy);
        }
        this.plages = copy;
        return self();
    }

    /** Whether the seeded pre-booked load applies (default true); off, every slot starts free. */
    public final B prebookedLoad(boolean prebooked) {
        this.prebookedLoad = prebooked;
        return self();
    }

    /**
     * The pause after which a demande "en attente de RDV" that no call named has its status changed by an
     * internal event (guide §2.1; default {@link OmegaSimulator#DEFAULT_INTERNAL_EVENT_AFTER}, a value of the
     * simulator's: the guide says only "une très longue pose"). On a fixed clock it happens only when the test
     * {@linkplain OmegaSimulator#advanceClock advances} it.
     *
     * @throws IllegalArgumentException when not positive
     */
    public final B internalEventAfter(Duration pause) {
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("internalEventAfter must be positive, got " + pause);
        }
        this.internalEventAfter = pause;
        return self();
    }

    /** Records every exchange from the start (see {@link OmegaSimulator#recordTo(Path)}); default none. */
    public final B recordTo(Path directory) {
        this.recordTo = Objects.requireNonNull(directory, "directory");
        return self();
    }

    /**
     * Whether the admin API is served under {@code /__admin/} on the simulator's port (default true; the
     * simulator listens on the loopback interface only).
     */
    public final B adminApi(boolean enabled) {
        this.adminApi = enabled;
        return self();
    }
}

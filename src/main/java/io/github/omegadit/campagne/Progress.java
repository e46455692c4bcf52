/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far a campaign is, as one run sees it: the journal's counts by {@link Statut} (demandes finished by other
 * processes or earlier runs included), and this run's own pace.
 *
 * @param total      demandes of the campaign in the journal
 * @param byStatut   how many are in each status (every status present, zeros included)
 * @param doneByThis demandes this run brought to a finished status or to {@link Statut#UNCERTAIN}
 * @param elapsed    since this run started
 */
public record Progress(int total, Map<Statut, Integer> byStatut, int doneByThis, Duration elapsed) {

    /** Copies the counts, with every status present. */
    public Progress {
        EnumMap<Statut, Integer> m = new EnumMap<>(Statut.class);
        for (Statut s : Statut.values()) {
            m.put(s, byStatut.getOrDefault(s, 0));
        }
        byStatut = Collections.unmodifiableMap(m);
    }

    /** Demandes in a finished status. */
    public int finished() {
        return byStatut.entrySet().stream().filter(e -> e.getKey().isFinished()).mapToInt(Map.Entry::getValue).sum();
    }

    /** Demandes {@link Statut#UNCERTAIN}: to reconcile. */
    public int uncertain() {
        return byStatut.get(Statut.UNCERTAIN);
    }

    /** Demandes neither finished nor uncertain: still to run (here or in another process). */
    public int remaining() {
        return total - finished() - uncertain();
    }

    /** This run's pace in demandes per second; 0 before the first one. */
    public double perSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : doneByThis / s;
    }

    /** The time left at this run's pace; empty before the first demande. */
    public Optional<Duration> eta() {
        double rate = perSecond();
        if (rate <= 0) {
            return remaining() == 0 ? Optional.of(Duration.ZERO) : Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(remaining() / rate * 1000)));
    }
}

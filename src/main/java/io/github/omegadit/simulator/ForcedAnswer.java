/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.protocol.Operation;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An answer the simulator gives for a PCE instead of running the dialogue, to test how a client copes with OMEGA
 * refusing, being slow, failing or hanging up. Immutable; the {@code with}-style methods return a copy.
 *
 * <pre>{@code
 * sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.dmdKo(AnnexeA.Libelle.SERVICE_INDISPONIBLE.texte()));
 * sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.closeConnection().onlyFor(Operation.CREER_DEMANDE_DIT).times(1));
 * sim.force(OmegaSimulator.PCE_JJ, ForcedAnswer.delay(Duration.ofSeconds(3)));
 * sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));
 * sim.force(OmegaSimulator.PCE_1M, ForcedAnswer.httpStatus(503, "busy").after(Duration.ofMillis(200)));
 * }</pre>
 *
 * <p>A forced answer bypasses the dialogue entirely (no demande is created or changed), except {@link #delay}, which
 * answers normally once the delay is over, and {@link #answerLost()}, which acts and then hangs up. It applies to
 * the calls naming its PCE: VerifierRecevabiliteDIT and CreerDemandeDIT by their NumeroPCE, the appointment and stop
 * calls through the PCE of the demande they name. Calls are still recorded.
 */
public final class ForcedAnswer {

    /** What the simulator does. */
    public enum Kind {
        /** Answers "A" / DmdKo with the given MessageRetour texts. */
        DMD_KO,
        /** Answers with an HTTP status and a body of its own, not SOAP. */
        HTTP_STATUS,
        /** Closes the connection without answering; the call has no effect. */
        CLOSE_CONNECTION,
        /** Runs the dialogue (the demande is created or changed), then closes the connection without answering. */
        ANSWER_LOST,
        /** Runs the dialogue normally after the delay. */
        DELAY
    }

    private final Kind kind;
    private final List<String> messages;
    private final int httpStatus;
    private final String httpBody;
    private final Duration delay;
    private final Set<Operation> operations;
    private final int times;

    private ForcedAnswer(Kind kind, List<String> messages, int httpStatus, String httpBody, Duration delay,
            Set<Operation> operations, int times) {
        this.kind = kind;
        this.messages = messages;
        this.httpStatus = httpStatus;
        this.httpBody = httpBody;
        this.delay = delay;
        this.operations = operations;
        this.times = times;
    }

    /**
     * A DmdKo carrying these MessageRetour texts, verbatim (the guide's texts are
     * {@link io.github.omegadit.answer.AnnexeA.Libelle}).
     *
     * @throws IllegalArgumentException when no message is given or one is null
     */
    public static ForcedAnswer dmdKo(String... messages) {
        return dmdKo(Arrays.asList(messages));
    }

    /** A DmdKo carrying these MessageRetour texts, verbatim. */
    public static ForcedAnswer dmdKo(List<String> messages) {
        Objects.requireNonNull(messages, "messages");
        if (messages.isEmpty() || messages.contains(null)) {
            throw new IllegalArgumentException("a forced DmdKo needs at least one non-null MessageRetour");
        }
        return new ForcedAnswer(Kind.DMD_KO, List.copyOf(messages), 0, null, Duration.ZERO, all(), 0);
    }

    /**
     * An HTTP answer with this status and body ({@code text/plain; charset=UTF-8}), e.g. 503 from a proxy.
     *
     * @throws IllegalArgumentException for a status outside 200-599
     */
    public static ForcedAnswer httpStatus(int status, String body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 200-599, got " + status);
        }
        return new ForcedAnswer(Kind.HTTP_STATUS, List.of(), status, body == null ? "" : body, Duration.ZERO, all(),
                0);
    }

    /** Closes the connection once the request is read, without any answer (the client sees a reset/EOF). */
    public static ForcedAnswer closeConnection() {
        return new ForcedAnswer(Kind.CLOSE_CONNECTION, List.of(), 0, null, Duration.ZERO, all(), 0);
    }

    /**
     * Runs the call normally (a CreerDemandeDIT creates its demande, an AccepterRdv books its slot) and then closes the
     * connection without sending the answer: the client cannot know the outcome, the case the guide marks "?" and the
     * supplier reconciles through the request follow-up (here: {@link OmegaSimulator#demandes()}).
     */
    public static ForcedAnswer answerLost() {
        return new ForcedAnswer(Kind.ANSWER_LOST, List.of(), 0, null, Duration.ZERO, all(), 0);
    }

    /**
     * The normal answer, after this delay (to test client timeouts). The call takes effect after the delay, even when
     * the client has given up by then.
     */
    public static ForcedAnswer delay(Duration delay) {
        return new ForcedAnswer(Kind.DELAY, List.of(), 0, null, checkDelay(delay), all(), 0);
    }

    /** This answer, sent after waiting {@code delay}. */
    public ForcedAnswer after(Duration delay) {
        return new ForcedAnswer(kind, messages, httpStatus, httpBody, checkDelay(delay), operations, times);
    }

    /** This answer for these operations only (default: every operation). */
    public ForcedAnswer onlyFor(Operation first, Operation... more) {
        EnumSet<Operation> ops = EnumSet.of(Objects.requireNonNull(first, "operation"), more);
        return new ForcedAnswer(kind, messages, httpStatus, httpBody, delay, Set.copyOf(ops), times);
    }

    /**
     * This answer for the next {@code n} matching calls only, then the dialogue runs normally again (default:
     * until {@link OmegaSimulator#reset()} or {@link OmegaSimulator#clearForced(String)}).
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public ForcedAnswer times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + n);
        }
        return new ForcedAnswer(kind, messages, httpStatus, httpBody, delay, operations, n);
    }

    /** What the simulator does. */
    public Kind kind() {
        return kind;
    }

    /** The DmdKo texts (empty for other kinds). */
    public List<String> messages() {
        return messages;
    }

    /** The HTTP status of {@link Kind#HTTP_STATUS}, else 0. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The HTTP body of {@link Kind#HTTP_STATUS}, else {@code null}. */
    public String httpBody() {
        return httpBody;
    }

    /** The wait before answering ({@link Duration#ZERO} for none). */
    public Duration delay() {
        return delay;
    }

    /** The operations this answer applies to. */
    public Set<Operation> operations() {
        return operations;
    }

    /** How many calls it applies to, 0 for no limit. */
    public int times() {
        return times;
    }

    /** True when a call of {@code operation} gets this answer. */
    public boolean appliesTo(Operation operation) {
        return operations.contains(operation);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name());
        switch (kind) {
            case DMD_KO -> sb.append(' ').append(messages);
            case HTTP_STATUS -> sb.append(' ').append(httpStatus);
            default -> { }
        }
        if (!delay.isZero()) {
            sb.append(" after ").append(delay);
        }
        if (operations.size() < Operation.values().length) {
            sb.append(" for ").append(operations);
        }
        if (times > 0) {
            sb.append(" x").append(times);
        }
        return sb.toString();
    }

    private static Set<Operation> all() {
        return Set.copyOf(EnumSet.allOf(Operation.class));
    }

    private static Duration checkDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, got " + delay);
        }
        return delay;
    }
}

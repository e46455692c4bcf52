/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.internal.generated.ObjectFactory;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.internal.generated.ReponseWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.wire.Answers;
import io.github.omegadit.internal.wire.Identity;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.internal.wire.Requests;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.rules.DitRules;
import io.github.omegadit.rules.RuleContext;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Unmarshaller;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.transform.stream.StreamSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.MDC;

/**
 * What DitClient adds to each call, piece by piece and without I/O, to tell where its overhead over plain CXF goes:
 * the rules (STRICT mode), the mapping to and from the generated types, the MDC keys, and the deadline watchdog
 * (CallRunner schedules an alarm on a {@link ScheduledThreadPoolExecutor} and cancels it after every call; measured
 * here with the same JDK calls, from 1 and 8 threads). Not part of the default run: {@code bench.args=pieces}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Pieces {

    final VerifierRecevabilite verifier = Payloads.verifier();
    final CreerDemande creer = Payloads.creer();
    final Identity identity = new Identity(Payloads.DN, Payloads.CAD, Payloads.LOGIN,
            NumeroVersion.LATEST.toString());
    RuleContext noAnswerYet;
    RuleContext afterRecevable;
    ReponseWSVerifierRecevabiliteDIT recevable;
    ReponseDialogueDIT listeDp;
    ScheduledThreadPoolExecutor watchdog;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Catalogue catalogue = Catalogue.standard();
        noAnswerYet = new RuleContext(NumeroVersion.LATEST, Payloads.LOGIN, catalogue, null);
        afterRecevable = new RuleContext(NumeroVersion.LATEST, Payloads.LOGIN, catalogue, List.of(
                new InterventionPossible("34", "23", PresenceClient.PO),
                new InterventionPossible("G1", "", PresenceClient.PNO),
                new InterventionPossible("Y9", "16", PresenceClient.PS),
                new InterventionPossible("V8", "01", PresenceClient.PNO)));
        Unmarshaller u = JAXBContext.newInstance(ObjectFactory.class).createUnmarshaller();
        recevable = u.unmarshal(body(Payloads.RECEVABLE_ANSWER), ReponseWSVerifierRecevabiliteDIT.class).getValue();
        listeDp = u.unmarshal(body(Payloads.LISTE_DP_ANSWER), ReponseDialogueDIT.class).getValue();
        watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "pieces-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        watchdog.shutdownNow();
    }

    /** The SOAP Body's element of a canned envelope. */
    private static StreamSource body(byte[] envelope) {
        String s = new String(envelope, StandardCharsets.UTF_8);
        int start = s.indexOf('>', s.indexOf("<soap:Body")) + 1;
        int end = s.indexOf("</soap:Body>");
        return new StreamSource(new StringReader(s.substring(start, end)));
    }

    @Benchmark
    public Object rulesVerifier() {
        return DitRules.verifierRecevabilite(verifier, noAnswerYet);
    }

    @Benchmark
    public Object rulesCreer() {
        return DitRules.creerDemande(creer, afterRecevable);
    }

    @Benchmark
    public Object mappingVerifierRequest() {
        return Requests.toWire(new Request.Verifier(identity, verifier));
    }

    @Benchmark
    public Object mappingCreerRequest() {
        return Requests.toWire(new Request.Creer(identity, creer));
    }

    @Benchmark
    public Object mappingRecevableAnswer() {
        return Answers.recevabilite(recevable);
    }

    @Benchmark
    public Object mappingListeDpAnswer() {
        return Answers.creation(listeDp);
    }

    @Benchmark
    public void mdcKeys() {
        MDC.put("omega.operation", "VerifierRecevabiliteDIT");
        MDC.remove("omega.operation");
        MDC.remove("omega.numeroDemande");
        MDC.remove("omega.referenceDemande");
    }

    @Benchmark
    @Threads(1)
    public boolean watchdogAlarm1Thread() {
        return alarm();
    }

    @Benchmark
    @Threads(8)
    public boolean watchdogAlarm8Threads() {
        return alarm();
    }

    /** CallRunner's pattern: an alarm 90 s ahead that would interrupt the caller, cancelled when the call ends. */
    private boolean alarm() {
        Thread caller = Thread.currentThread();
        AtomicInteger state = new AtomicInteger();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            if (state.compareAndSet(0, 2)) {
                caller.interrupt();
            }
        }, 90, TimeUnit.SECONDS);
        boolean done = state.compareAndSet(0, 1);
        alarm.cancel(false);
        return done;
    }
}

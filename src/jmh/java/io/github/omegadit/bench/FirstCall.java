/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.DitClient;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.internal.generated.TypeRetourDialogue;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Child JVM of {@link FreshJvm}: builds one contender, makes one VerifierRecevabiliteDIT call, and prints the time
 * from its own JVM's start to the end of that first successful call. Nothing else runs before the call: the JVM's
 * start time is read only afterwards, so that loading the management classes is not counted.
 *
 * <p>Usage: {@code FirstCall <raw|cxf|cxfWsdl|ditClient> <endpoint>}; prints {@code FIRST_CALL_MS <total> <boot>
 * <build> <call>}: JVM start to end of the first call, and its parts: JVM start to {@code main}, building the
 * client, the first call.
 */
public final class FirstCall {

    /** The line the parent looks for. */
    static final String MARKER = "FIRST_CALL_MS ";

    private FirstCall() {}

    public static void main(String[] args) throws Exception {
        long inMain = System.currentTimeMillis();
        String contender = args[0];
        URI endpoint = URI.create(args[1]);
        long built;
        switch (contender) {
            case "raw" -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"" + Payloads.ACTION_VERIFIER + "\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Payloads.VERIFIER_REQUEST)).build();
                built = System.currentTimeMillis();
                require(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200);
            }
            case "cxf", "cxfWsdl" -> {
                CxfStubs.Stub stub = contender.equals("cxf") ? CxfStubs.fast(endpoint) : CxfStubs.typical(endpoint);
                built = System.currentTimeMillis();
                require(stub.port().verifierRecevabiliteDIT(Payloads.verifierWire()).getTypeRetourDialogue()
                        == TypeRetourDialogue.P);
            }
            case "ditClient" -> {
                DitClient client = Contenders.Dit.newClient(endpoint);
                built = System.currentTimeMillis();
                require(client.newDialogue().verifierRecevabilite(Payloads.verifier()) instanceof Recevable);
            }
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        }
        long end = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(MARKER + (end - start) + " " + (inMain - start) + " " + (built - inMain) + " "
                + (end - built));
        System.out.flush();
        // clients are not closed: the process ends here, as a batch job would
        Runtime.getRuntime().halt(0);
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("unexpected first answer");
        }
    }
}

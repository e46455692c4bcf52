/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import com.sun.net.httpserver.HttpExchange;
import io.github.omegadit.internal.json.JsonReader;
import io.github.omegadit.internal.json.JsonWriter;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's admin API, in the spirit of WireMock's: JSON over HTTP under {@value #PREFIX}, on the simulator's
 * own port, for tests written in any language and for a simulator running in another process. Every answer is JSON
 * ({@code application/json; charset=UTF-8}); a refused request gets {@code {"error": "…"}} with 400 (bad body, naming
 * the member), 404, 405 or 409.
 *
 * <table>
 * <caption>Routes</caption>
 * <tr><th>method and path</th><th>does</th></tr>
 * <tr><td>GET /__admin</td><td>this list, the endpoint and the clock</td></tr>
 * <tr><td>GET /__admin/demandes, GET /__admin/demandes/{numero}</td><td>the demandes (404 for an unknown one)</td></tr>
 * <tr><td>POST /__admin/demandes/{numero}/evenement-interne</td><td>the internal event of guide §2.1 (409 when the
 *     demande is not "en attente de RDV")</td></tr>
 * <tr><td>GET /__admin/calls[?body=false]</td><td>the recorded calls and the counts per operation</td></tr>
 * <tr><td>POST /__admin/reset</td><td>{@code OmegaSimulator.reset()}</td></tr>
 * <tr><td>GET, POST, DELETE /__admin/forced[?pce=P]</td><td>the forced answers: list, add one, remove (those of a
 *     PCE, or all)</td></tr>
 * <tr><td>GET, POST /__admin/pces</td><td>the PCE directory; add or replace a PCE</td></tr>
 * <tr><td>GET, POST /__admin/fournisseurs</td><td>the suppliers; add one</td></tr>
 * <tr><td>GET, POST /__admin/clock</td><td>now and today; {@code {"advance": "P2D"}} moves the clock forward</td></tr>
 * </table>
 */
final class AdminApi {

    /** The API's path prefix. */
    static final String PREFIX = "/__admin/";
    /** The prefix without its slash: {@code GET /__admin} is the index too. */
    static final String ROOT = PREFIX.substring(0, PREFIX.length() - 1);
    /** Largest request body read. */
    static final int MAX_BODY = 64 * 1024;

    private static final String JSON = "application/json; charset=UTF-8";

    private final DialogueEngine engine;
    private final Recording recording;
    private final URI base;

    AdminApi(DialogueEngine engine, Recording recording, URI base) {
        this.engine = engine;
        this.recording = recording;
        this.base = base;
    }

    /** Answers one admin request; never throws for a bad request. */
    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String[] parts = path.length() < PREFIX.length() ? new String[0]
                : path.substring(PREFIX.length()).split("/", -1);
        String first = parts.length == 0 ? "" : parts[0];
        try {
            Object body = switch (first) {
                case "" -> method(exchange, "GET") ? index() : null;
                case "demandes" -> demandes(exchange, parts);
                case "calls" -> only(exchange, parts, "GET") ? calls(exchange) : null;
                case "reset" -> only(exchange, parts, "POST") ? reset() : null;
                case "forced" -> forced(exchange, parts);
                case "pces" -> pces(exchange, parts);
                case "fournisseurs" -> fournisseurs(exchange, parts);
                case "clock" -> clock(exchange, parts);
                default -> throw new Status(404, "no admin resource " + path + "; see GET " + base);
            };
            if (body != null) {
                send(exchange, "POST".equals(method) && !"reset".equals(first) && !"clock".equals(first)
                        && parts.length == 1 ? 201 : 200, body);
            }
        } catch (Status s) {
            send(exchange, s.code, Map.of("error", String.valueOf(s.getMessage())));
        } catch (IllegalArgumentException e) {
            // JsonReader.SyntaxException, JsonField's and AdminJson's refusals, ForcedAnswer's and SimulatedPce's checks
            send(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
        } catch (IllegalStateException e) {
            send(exchange, 409, Map.of("error", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            send(exchange, 500, Map.of("error", "simulator error: " + e));
        }
    }

    private Map<String, Object> index() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpoint", base.resolve(SimulatorServer.PATH).toString());
        m.put("wsdl", base.resolve(SimulatorServer.PATH) + "?wsdl");
        m.put("today", engine.today());
        m.put("recording", recording.directory() == null ? null : recording.directory().toString());
        m.put("routes", List.of("GET /__admin/demandes", "GET /__admin/demandes/{numero}",
                "POST /__admin/demandes/{numero}/evenement-interne", "GET /__admin/calls[?body=false]",
                "POST /__admin/reset", "GET|POST|DELETE /__admin/forced[?pce=P]", "GET|POST /__admin/pces",
                "GET|POST /__admin/fournisseurs", "GET|POST /__admin/clock"));
        return m;
    }

    private Object demandes(HttpExchange exchange, String[] parts) throws IOException {
        if (parts.length == 1) {
            return method(exchange, "GET") ? Map.of("demandes", engine.demandes().stream()
                    .map(AdminJson::demande).toList()) : null;
        }
        String numero = decode(parts[1]);
        if (parts.length == 2) {
            if (!method(exchange, "GET")) {
                return null;
            }
            Optional<SimulatedDemande> d = engine.demande(numero);
            return AdminJson.demande(d.orElseThrow(() -> new Status(404, "no demande " + numero)));
        }
        if (parts.length == 3 && "evenement-interne".equals(parts[2])) {
            if (!method(exchange, "POST")) {
                return null;
            }
            if (engine.demande(numero).isEmpty()) {
                throw new Status(404, "no demande " + numero);
            }
            return AdminJson.demande(engine.evenementInterne(numero));
        }
        throw noResource(exchange);
    }

    private Map<String, Object> calls(HttpExchange exchange) {
        boolean body = !"false".equals(query(exchange, "body"));
        List<RecordedCall> calls = engine.calls();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Operation op : Operation.values()) {
            counts.put(op.wsdlName(), engine.callCount(op));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counts", counts);
        m.put("calls", calls.stream().map(c -> AdminJson.call(c, body)).toList());
        return m;
    }

    private Map<String, Object> reset() {
        engine.reset();
        return Map.of("reset", true);
    }

    private Object forced(HttpExchange exchange, String[] parts) throws IOException {
        single(exchange, parts);
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                return Map.of("forced", engine.forced().stream().map(AdminJson::forced).toList());
            }
            case "POST" -> {
                ForcedAnswer f = AdminJson.forcedAnswer(body(exchange));
                engine.force(f);
                return AdminJson.forced(f);
            }
            case "DELETE" -> {
                String pce = query(exchange, "pce");
                if (pce == null) {
                    engine.clearForced();
                } else {
                    engine.clearForced(pce);
                }
                return Map.of("forced", engine.forced().stream().map(AdminJson::forced).toList());
            }
            default -> {
                return notAllowed(exchange, "GET, POST, DELETE");
            }
        }
    }

    private Object pces(HttpExchange exchange, String[] parts) throws IOException {
        single(exchange, parts);
        if ("POST".equals(exchange.getRequestMethod())) {
            SimulatedPce p = AdminJson.simulatedPce(body(exchange));
            engine.addPce(p);
            return AdminJson.pce(p);
        }
        return method(exchange, "GET", "POST") ? Map.of("pces", engine.pces().stream().map(AdminJson::pce).toList())
                : null;
    }

    private Object fournisseurs(HttpExchange exchange, String[] parts) throws IOException {
        single(exchange, parts);
        if ("POST".equals(exchange.getRequestMethod())) {
            String[] f = AdminJson.fournisseur(body(exchange));
            engine.addSupplier(f[0], f[1]);
            return Map.of("numeroCad", f[0], "dnEntreprise", f[1]);
        }
        if (!method(exchange, "GET", "POST")) {
            return null;
        }
        return Map.of("fournisseurs", engine.suppliers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.of("numeroCad", e.getKey(), "dnEntreprise", e.getValue())).toList());
    }

    private Object clock(HttpExchange exchange, String[] parts) throws IOException {
        single(exchange, parts);
        if ("POST".equals(exchange.getRequestMethod())) {
            engine.advanceClock(AdminJson.advance(body(exchange)));
        } else if (!method(exchange, "GET", "POST")) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("now", engine.clock().instant());
        m.put("zone", engine.clock().getZone().getId());
        m.put("today", LocalDate.now(engine.clock()));
        m.put("advancedBy", engine.clockAdvance());
        return m;
    }

    // ------------------------------------------------------------------ plumbing

    /** A request refused with this status. */
    private static final class Status extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Status(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    private boolean only(HttpExchange exchange, String[] parts, String method) throws IOException {
        single(exchange, parts);
        return method(exchange, method);
    }

    /** Refuses (404) a path below a resource that has none. */
    private static void single(HttpExchange exchange, String[] parts) {
        if (parts.length != 1) {
            throw noResource(exchange);
        }
    }

    private static Status noResource(HttpExchange exchange) {
        return new Status(404, "no admin resource " + exchange.getRequestURI().getPath());
    }

    /** True when the request's method is one of these; else answers 405 and returns false. */
    private boolean method(HttpExchange exchange, String... allowed) throws IOException {
        for (String m : allowed) {
            if (m.equals(exchange.getRequestMethod())) {
                return true;
            }
        }
        notAllowed(exchange, String.join(", ", allowed));
        return false;
    }

    private Object notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        send(exchange, 405, Map.of("error", "method " + exchange.getRequestMethod() + " not allowed on "
                + exchange.getRequestURI().getPath() + "; allowed: " + allowed));
        return null;
    }

    /** The JSON body, strictly UTF-8, at most {@value #MAX_BODY} bytes. */
    private static Object body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new Status(413, "request body exceeds " + MAX_BODY + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AdminJson.BadRequest("the body is not UTF-8");
        }
        if (text.isBlank()) {
            throw new AdminJson.BadRequest("the body is empty: a JSON object is expected");
        }
        return JsonReader.read(text, "request body");
    }

    private static String query(HttpExchange exchange, String name) {
        String q = exchange.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (k.equals(name)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] bytes = (JsonWriter.compact(json) + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.homologation.HomologationCase;
import io.github.omegadit.homologation.HomologationCase.Call;
import io.github.omegadit.homologation.HomologationCase.Expectation;
import io.github.omegadit.internal.config.ConfigValues;
import io.github.omegadit.internal.json.JsonReader;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a case file (format {@value #FORMAT}, documented in {@code HomologationCases}) into cases, checking every
 * name: an unknown key, operation, field, reason or rule is refused naming the file, the case and the key, before
 * anything runs.
 */
public final class CaseFileParser {

    /** The format this parser reads. */
    public static final String FORMAT = "omega-dit-cases/1";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Set<String> TOP = Set.of("format", "title", "description", "variables", "cases");
    private static final Set<String> CASE = Set.of("id", "distributorId", "title", "guide", "numeroVersion",
            "validation", "resume", "simulator", "calls", "comment");
    private static final Set<String> CALL = Set.of("operation", "request", "expect", "comment");
    private static final Set<String> EXPECT = Set.of("typeRetourDialogue", "codeRetour", "raisons", "refused",
            "outOfSequence");
    private static final Set<String> CONTACT = Set.of("nom", "telephone", "codeAcces", "complementAdresse");
    private static final Set<String> INDEX_CONTESTE = Set.of("type", "valeur", "date");
    private static final Set<String> INDEX_CLIENT = Set.of("valeur", "date");
    /** The request fields of each operation. */
    public static final Map<Operation, Set<String>> FIELDS = Map.of(
            Operation.VERIFIER_RECEVABILITE_DIT, Set.of("numeroPce", "codePostal"),
            Operation.CREER_DEMANDE_DIT, Set.of("numeroPce", "codePostal", "referenceDemande",
                    "telephoneFournisseur", "groupeAppartenance", "commentaire", "codeIntervention", "codeMotif",
                    "optionExpress", "indexConteste", "indexClient", "precisionIntervention", "date", "plage",
                    "contact", "segment"),
            Operation.PROPOSER_DATE_PLAGE, Set.of("date", "plage"),
            Operation.DEMANDER_PREC_SUIV, Set.of("sens"),
            Operation.ACCEPTER_RDV, Set.of("slot", "date", "plage"),
            Operation.ABANDONNER_RDV, Set.of(),
            Operation.ABANDONNER_DEMANDE, Set.of());

    private final String source;
    private Map<String, String> variables = Map.of();
    private String where = "";

    private CaseFileParser(String source) {
        this.source = source;
    }

    /** The title and cases of a file. */
    public record Parsed(String title, List<HomologationCase> cases) {}

    /**
     * Parses a whole file.
     *
     * @throws IllegalArgumentException naming the file (line and column for JSON syntax), the case and the key
     */
    public static Parsed parse(String json, String source) {
        return new CaseFileParser(source).file(JsonReader.read(json, source));
    }

    private Parsed file(Object root) {
        Map<String, Object> top = object(root, "the document");
        keys(top, TOP, "the document");
        if (!FORMAT.equals(top.get("format"))) {
            throw error("\"format\" must be \"" + FORMAT + "\", got " + quoted(top.get("format")));
        }
        if (top.containsKey("variables")) {
            Map<String, String> vars = new LinkedHashMap<>();
            object(top.get("variables"), "\"variables\"").forEach((k, v) -> vars.put(k, text(v, "variable " + k)));
            variables = vars;
        }
        List<HomologationCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> list = array(top.get("cases"), "\"cases\"");
        for (int i = 0; i < list.size(); i++) {
            where = "case #" + (i + 1);
            HomologationCase c = kase(object(list.get(i), "a case"));
            if (!ids.add(c.id())) {
                throw error("duplicate case id " + c.id());
            }
            cases.add(c);
        }
        if (cases.isEmpty()) {
            throw error("\"cases\" is empty");
        }
        where = "";
        return new Parsed(top.containsKey("title") ? text(top.get("title"), "title") : source, cases);
    }

    private HomologationCase kase(Map<String, Object> m) {
        String id = required(m, "id");
        where = "case " + id;
        keys(m, CASE, "a case");
        NumeroVersion version = null;
        if (m.containsKey("numeroVersion")) {
            try {
                version = NumeroVersion.parse(text(m.get("numeroVersion"), "numeroVersion"));
            } catch (IllegalArgumentException e) {
                throw error("numeroVersion: " + e.getMessage());
            }
        }
        ValidationMode validation = null;
        if (m.containsKey("validation")) {
            try {
                validation = ConfigValues.validationMode(text(m.get("validation"), "validation"));
            } catch (IllegalArgumentException e) {
                throw error("validation: " + e.getMessage());
            }
        }
        Map<String, Object> force = null;
        if (m.containsKey("simulator")) {
            Map<String, Object> sim = object(m.get("simulator"), "\"simulator\"");
            keys(sim, Set.of("force"), "\"simulator\"");
            force = substitute(object(sim.get("force"), "\"simulator.force\""));
            try {
                CaseRequests.forChecks().forced(force);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage().startsWith("simulator.force") ? e.getMessage()
                        : "simulator.force: " + e.getMessage());
            }
        }
        List<Call> calls = new ArrayList<>();
        List<Object> list = array(m.get("calls"), "\"calls\"");
        for (int i = 0; i < list.size(); i++) {
            String caseWhere = where;
            where = caseWhere + ", call #" + (i + 1);
            calls.add(call(object(list.get(i), "a call")));
            where = caseWhere;
        }
        if (calls.isEmpty()) {
            throw error("\"calls\" is empty");
        }
        return new HomologationCase(id, optional(m, "distributorId"), required(m, "title"), optional(m, "guide"),
                version, validation, optional(m, "resume"), force, calls);
    }

    private Call call(Map<String, Object> m) {
        keys(m, CALL, "a call");
        Operation op = operation(required(m, "operation"));
        Map<String, Object> request = m.containsKey("request") ? substitute(object(m.get("request"),
                "\"request\"")) : Map.of();
        keys(request, FIELDS.get(op), op.wsdlName() + "'s \"request\"");
        if (request.get("contact") != null) {
            keys(object(request.get("contact"), "\"contact\""), CONTACT, "\"contact\"");
        }
        if (request.get("indexConteste") != null) {
            keys(object(request.get("indexConteste"), "\"indexConteste\""), INDEX_CONTESTE, "\"indexConteste\"");
        }
        if (request.get("indexClient") != null) {
            keys(object(request.get("indexClient"), "\"indexClient\""), INDEX_CLIENT, "\"indexClient\"");
        }
        try {
            CaseRequests.check(op, request);
        } catch (IllegalArgumentException ex) {
            throw error(op.wsdlName() + "'s \"request\": " + ex.getMessage());
        }
        Map<String, Object> e = object(m.get("expect"), "\"expect\"");
        keys(e, EXPECT, "\"expect\"");
        TypeRetourDialogue type = null;
        if (e.containsKey("typeRetourDialogue")) {
            type = TypeRetourDialogue.fromWire(text(e.get("typeRetourDialogue"), "typeRetourDialogue"));
            if (type == null) {
                throw error("\"typeRetourDialogue\" must be P, A or T");
            }
        }
        String code = optional(e, "codeRetour");
        List<String> raisons = new ArrayList<>();
        if (e.containsKey("raisons")) {
            for (Object o : array(e.get("raisons"), "\"raisons\"")) {
                String r = text(o, "a reason");
                Reasons.check(r, this::error);
                raisons.add(r);
            }
        }
        List<String> refused = new ArrayList<>();
        if (e.containsKey("refused")) {
            for (Object o : array(e.get("refused"), "\"refused\"")) {
                String rule = text(o, "a rule id");
                if (!rule.matches("R([1-9]|1[01])|CONTRACT|DIALOGUE")) {
                    throw error("\"refused\": '" + rule + "' is not a rule id (R1-R11, CONTRACT, DIALOGUE)");
                }
                refused.add(rule);
            }
        }
        boolean outOfSequence = Boolean.TRUE.equals(e.get("outOfSequence"));
        int kinds = (type != null || code != null ? 1 : 0) + (refused.isEmpty() ? 0 : 1) + (outOfSequence ? 1 : 0);
        if (kinds != 1) {
            throw error("\"expect\" must hold either typeRetourDialogue and codeRetour, or refused, or "
                    + "outOfSequence");
        }
        if ((type == null) != (code == null)) {
            throw error("\"expect\" needs both typeRetourDialogue and codeRetour");
        }
        if (type != null && AnnexeA.row(op, type, code).isEmpty()) {
            throw error(type + " / " + code + " is not a row of Annexe A for " + op.wsdlName());
        }
        return new Call(op, request, new Expectation(type, code, raisons, refused, outOfSequence));
    }

    private Operation operation(String name) {
        return Operation.fromWsdlName(name).orElseThrow(() -> error("unknown operation '" + name + "'; known: " + Arrays.stream(
                        Operation.values()).map(Operation::wsdlName).toList()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> substitute(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, substituted(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Object substituted(Object v) {
        if (v instanceof String s) {
            return expand(s);
        }
        if (v instanceof Map<?, ?> inner) {
            return substitute((Map<String, Object>) inner);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(this::substituted).toList();
        }
        return v;
    }

    private String expand(String s) {
        Matcher matcher = VARIABLE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw error("unknown variable ${" + matcher.group(1) + "}; defined: " + variables.keySet());
            }
            matcher.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(sb);
        return sb.toString();
    }

    private void keys(Map<String, Object> m, Set<String> known, String what) {
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw error("unknown key \"" + k + "\" in " + what + "; known: " + new java.util.TreeSet<>(known));
            }
        }
    }

    private String required(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw error("\"" + key + "\" is required");
        }
        String t = expand(text(v, key));
        if (t.isBlank()) {
            throw error("\"" + key + "\" must not be blank");
        }
        return t;
    }

    private String optional(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : expand(text(v, key));
    }

    private String text(Object v, String what) {
        if (!(v instanceof String s)) {
            throw error(what + " must be a string, got " + quoted(v));
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object v, String what) {
        if (!(v instanceof Map<?, ?>)) {
            throw error(what + " must be an object {...}, got " + quoted(v));
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private List<Object> array(Object v, String what) {
        if (!(v instanceof List<?>)) {
            throw error(what + " must be an array [...], got " + quoted(v));
        }
        return (List<Object>) v;
    }

    private static String quoted(Object v) {
        return v == null ? "nothing" : v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(source + (where.isEmpty() ? "" : ", " + where) + ": " + message);
    }
}

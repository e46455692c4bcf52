/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import io.github.omegadit.internal.json.JsonField;
import io.github.omegadit.internal.simulator.AdminJson;
import io.github.omegadit.internal.simulator.WorkingDays;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.TypeIndex;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.ForcedAnswer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed requests of a case's call, from the file's fields, with relative dates resolved against the platform's
 * today: {@code J+3} is three working days later (Monday to Friday, French public holidays excepted), {@code J+3
 * TUESDAY} the first working Tuesday from there.
 */
public final class CaseRequests {

    private static final Pattern RELATIVE = Pattern.compile("J(?:([+-])(\\d{1,3}))?(?:\\s+([A-Za-z]+))?");

    private final LocalDate today;

    /** Resolves dates against {@code today}. */
    public CaseRequests(LocalDate today) {
        this.today = today;
    }

    /** For checking a file's values before any platform's today is known: any day does. */
    static CaseRequests forChecks() {
        return new CaseRequests(LocalDate.of(2026, 1, 5));
    }

    /**
     * Checks the values of a call's fields (dates, booleans, enumerations) before anything runs.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static void check(Operation op, Map<String, Object> request) {
        CaseRequests r = forChecks();
        switch (op) {
            case VERIFIER_RECEVABILITE_DIT -> r.verifier(request);
            case CREER_DEMANDE_DIT -> r.creer(request);
            case PROPOSER_DATE_PLAGE -> r.datePlage(request, "ProposerDatePlage");
            case DEMANDER_PREC_SUIV -> r.sens(request);
            case ACCEPTER_RDV -> {
                if (!request.containsKey("slot")) {
                    r.datePlage(request, "AccepterRdv");
                } else if (!List.of("first", "last").contains(String.valueOf(request.get("slot")))) {
                    throw new IllegalArgumentException("\"slot\" must be \"first\" or \"last\" (of the slots offered "
                            + "last), or give \"date\" and \"plage\"");
                }
            }
            default -> { }
        }
    }

    /**
     * A case's {@code simulator.force}, in the admin API's members, with its dates ({@code date},
     * {@code dateDemandee}, at any depth) resolved as a request's are.
     *
     * @throws IllegalArgumentException naming the member's path ({@code simulator.force.answer.creneaux[0].date})
     */
    public ForcedAnswer forced(Map<String, Object> force) {
        return AdminJson.forcedAnswer(JsonField.of(datesResolved(force, "simulator.force"), "simulator.force",
                "simulator.force"));
    }

    @SuppressWarnings("unchecked")
    private Object datesResolved(Object v, String path) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> {
                String at = path + "." + k;
                if (x instanceof String s && (k.equals("date") || k.equals("dateDemandee"))) {
                    try {
                        out.put(k, date(s).toString());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
                    }
                } else {
                    out.put(k, datesResolved(x, at));
                }
            });
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                out.add(datesResolved(l.get(i), path + "[" + i + "]"));
            }
            return out;
        }
        return v;
    }

    /** A date: {@code YYYY-MM-DD} or relative ({@code J}, {@code J+3}, {@code J-1}, {@code J+3 TUESDAY}). */
    public LocalDate date(String text) {
        String t = text.trim();
        Matcher m = RELATIVE.matcher(t);
        if (!m.matches()) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date: YYYY-MM-DD, or J, J+3, J-1, "
                        + "J+3 TUESDAY (working days from the platform's today)");
            }
        }
        int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
        LocalDate d = n > 0 ? WorkingDays.plus(today, n) : WorkingDays.minus(today, -n);
        if (m.group(3) != null) {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + m.group(3) + "' is not a day of the week (MONDAY...)");
            }
            while (d.getDayOfWeek() != day || !WorkingDays.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    /** VerifierRecevabiliteDIT. */
    public VerifierRecevabilite verifier(Map<String, Object> f) {
        VerifierRecevabilite v = VerifierRecevabilite.pce(text(f, "numeroPce"));
        return f.containsKey("codePostal") ? v.codePostal(text(f, "codePostal")) : v;
    }

    /** CreerDemandeDIT. */
    @SuppressWarnings("unchecked")
    public CreerDemande creer(Map<String, Object> f) {
        CreerDemande.Builder b = CreerDemande.builder().numeroPce(text(f, "numeroPce"))
                .codePostal(text(f, "codePostal")).referenceDemande(text(f, "referenceDemande"))
                .telephoneFournisseur(text(f, "telephoneFournisseur"))
                .groupeAppartenance(text(f, "groupeAppartenance")).commentaire(text(f, "commentaire"))
                .codeIntervention(text(f, "codeIntervention")).codeMotif(text(f, "codeMotif"))
                .precisionIntervention(text(f, "precisionIntervention"));
        Object express = f.get("optionExpress");
        if (express != null) {
            if (!(express instanceof Boolean e)) {
                throw new IllegalArgumentException("\"optionExpress\" must be true or false");
            }
            b.optionExpress(e);
        }
        if (f.containsKey("date")) {
            b.rdv(date(text(f, "date")), text(f, "plage"));
        } else if (f.containsKey("plage")) {
            throw new IllegalArgumentException("\"plage\" without \"date\"");
        }
        if (f.get("contact") instanceof Map<?, ?> c) {
            Map<String, Object> m = (Map<String, Object>) c;
            b.contact(new ContactIntervention(text(m, "nom"), text(m, "telephone"), text(m, "codeAcces"),
                    text(m, "complementAdresse")));
        }
        if (f.get("indexConteste") instanceof Map<?, ?> c) {
            Map<String, Object> m = (Map<String, Object>) c;
            b.indexConteste(new IndexConteste(typeIndex(text(m, "type")), text(m, "valeur"), optionalDate(m)));
        }
        if (f.get("indexClient") instanceof Map<?, ?> c) {
            Map<String, Object> m = (Map<String, Object>) c;
            b.indexClient(new IndexClient(text(m, "valeur"), optionalDate(m)));
        }
        if (f.containsKey("segment")) {
            b.segment(Segment.fromCsvName(text(f, "segment")));
        }
        return b.build();
    }

    /** ProposerDatePlage, or AccepterRdv with an explicit slot. */
    public DatePlage datePlage(Map<String, Object> f, String call) {
        String d = text(f, "date");
        String p = text(f, "plage");
        if (d == null || p == null) {
            throw new IllegalArgumentException(call + " needs \"date\" and \"plage\"");
        }
        return new DatePlage(date(d), p);
    }

    /** DemanderPrecSuiv. */
    public Sens sens(Map<String, Object> f) {
        String s = text(f, "sens");
        try {
            return Sens.valueOf(s == null ? "" : s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"sens\" must be PRECEDENT or SUIVANT, got " + s);
        }
    }

    private LocalDate optionalDate(Map<String, Object> m) {
        String d = text(m, "date");
        return d == null ? null : date(d);
    }

    private static TypeIndex typeIndex(String text) {
        for (TypeIndex t : TypeIndex.values()) {
            if (t.code().equals(text) || t.name().equalsIgnoreCase(String.valueOf(text))) {
                return t;
            }
        }
        throw new IllegalArgumentException("index type '" + text + "' is not one of Annexe C (01 to 06)");
    }

    private static String text(Map<String, Object> f, String key) {
        Object v = f.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string, got " + v);
        }
        return s;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import io.github.omegadit.internal.homologation.CaseFileParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A file of homologation cases: the bundled catalogue derived from the guide ({@link #bundled()}), or a supplier's own
 * file with its platform's PCEs and the distributor's case ids ({@link #load(Path)}), in the same format.
 *
 * <h2>The format ({@value io.github.omegadit.internal.homologation.CaseFileParser#FORMAT}, JSON)</h2>
 * <pre>{@code
 * {
 *   "format": "omega-dit-cases/1",
 *   "title": "Homologation Mon Energie, OMEGA V24.1",
 *   "variables": { "PCE_6M": "21400000000001" },          // ${PCE_6M} in any string of a request
 *   "cases": [
 *     { "id": "CREER-6M-RDV", "distributorId": "DIT-07", "title": "6M: date demandée libre, RDV accepté",
 *       "guide": "§2.1.2",
 *       "calls": [
 *         { "operation": "VerifierRecevabiliteDIT", "request": { "numeroPce": "${PCE_6M}", "codePostal": "75011" },
 *           "expect": { "typeRetourDialogue": "P", "codeRetour": "Message" } },
 *         { "operation": "CreerDemandeDIT",
 *           "request": { "numeroPce": "${PCE_6M}", "codeIntervention": "34", "codeMotif": "23",
 *                        "date": "J+5 MONDAY", "plage": "MATIN", "referenceDemande": "HOMOL-07",
 *                        "contact": { "nom": "Martin", "telephone": "0612345678" } },
 *           "expect": { "typeRetourDialogue": "P", "codeRetour": "DatePlageH" } },
 *         { "operation": "AccepterRdv", "request": { "slot": "first" },
 *           "expect": { "typeRetourDialogue": "T", "codeRetour": "DmdOkDP" } } ] } ] }
 * }</pre>
 * (JSON has no comments: the {@code //} above are for this page only; a case or call may carry a
 * {@code "comment"} string instead.)
 * <ul>
 * <li><b>A case</b>: {@code id} (unique), {@code title}, and optionally {@code distributorId} (the id on the
 *     distributor's sheet), {@code guide} (where the guide states it), {@code numeroVersion} and {@code validation}
 *     (instead of the client's: {@code "OFF"} shows OMEGA's own refusal of what the client would refuse),
 *     {@code resume} (a NumeroDemande to resume instead of a new dialogue), and {@code simulator.force}: an answer
 *     the embedded simulator forces, for rows its rules cannot provoke, in the members of the admin API's forced
 *     answer (README, "Admin API": {@code answer} with its {@code row} and data, or {@code soapFault},
 *     {@code httpStatus}, {@code closeConnection}, {@code answerLost}, {@code delay}; scoped by {@code pce},
 *     {@code operations}, {@code numeroDemande}, {@code times}), with variables in any string and relative dates in
 *     {@code date} and {@code dateDemandee}, e.g.
 *     {@code "force": {"pce": "${PCE_6M}", "operations": ["CreerDemandeDIT"], "times": 1, "answer": {"row":
 *     "DMD_OK_DP", "dateProgrammee": {"date": "J+3 MONDAY", "plageHoraire": "MATIN"}}}}. The simulator then moves
 *     the demande as OMEGA would ({@link io.github.omegadit.simulator.ForcedAnswer}, "Effect"), and the case's next
 *     calls go on from there. Such a case is skipped on any other endpoint.</li>
 * <li><b>A call</b>: {@code operation} (the WSDL name), {@code request} and {@code expect}. Request fields are those
 *     of the library's request types: VerifierRecevabiliteDIT {@code numeroPce, codePostal}; CreerDemandeDIT
 *     {@code numeroPce, codePostal, referenceDemande, telephoneFournisseur, groupeAppartenance, commentaire,
 *     codeIntervention, codeMotif, optionExpress (true/false), precisionIntervention, date, plage, segment,
 *     contact {nom, telephone, codeAcces, complementAdresse}, indexConteste {type, valeur, date},
 *     indexClient {valeur, date}}; ProposerDatePlage {@code date, plage}; DemanderPrecSuiv {@code sens}
 *     ({@code PRECEDENT}/{@code SUIVANT}); AccepterRdv {@code slot} ({@code first} or {@code last} of the slots
 *     offered last) or {@code date, plage}; AbandonnerRdv and AbandonnerDemande none.</li>
 * <li><b>Dates</b>: {@code YYYY-MM-DD}, or relative to the platform's today in working days: {@code J}, {@code J+3},
 *     {@code J-1}, optionally followed by a day of the week ({@code J+3 TUESDAY}: the first working Tuesday from
 *     J+3).</li>
 * <li><b>Expectations</b>: {@code typeRetourDialogue} and {@code codeRetour} (a row of Annexe A for that call), and
 *     where they matter {@code raisons}, each {@code LIBELLE [codes]} with the names of
 *     {@link io.github.omegadit.answer.AnnexeA.Libelle} ({@code "DONNEE_INCORRECTE CODE_MOTIF / MOTIF_INCONNU"},
 *     {@code "HABILITATION_INCORRECTE"}; without codes any codes match), all of which must be among the answer's; or
 *     {@code refused} (rule ids, e.g. {@code ["R3"]}: the client must refuse before sending) or
 *     {@code outOfSequence: true}.</li>
 * </ul>
 * Every name is checked when the file is read: an unknown key, operation, field, reason, rule or variable is refused
 * naming the file, the case and the key (JSON syntax errors: line and column).
 */
public final class HomologationCases {

    /** Classpath resource of the bundled catalogue. */
    public static final String BUNDLED = "io/github/omegadit/homologation/cases-V24.1.json";

    private final String source;
    private final String title;
    private final List<HomologationCase> cases;

    private HomologationCases(String source, String title, List<HomologationCase> cases) {
        this.source = source;
        this.title = title;
        this.cases = List.copyOf(cases);
    }

    /** The catalogue derived from the guide (V9.1, OMEGA V24.1), for the embedded simulator. */
    public static HomologationCases bundled() {
        try (InputStream in = HomologationCases.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled cases missing from the classpath: " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED, e);
        }
    }

    /**
     * A case file (UTF-8).
     *
     * @throws IllegalArgumentException when the file does not exist or cannot be read, or is not a valid case file
     *                                  (the message names the file, and the case and key, or line and column)
     */
    public static HomologationCases load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("case file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read case file " + file + ": " + e, e);
        }
    }

    /**
     * Cases from JSON text.
     *
     * @param source the file's name, for messages
     * @throws IllegalArgumentException when the text is not a valid case file
     */
    public static HomologationCases parse(String json, String source) {
        CaseFileParser.Parsed p = CaseFileParser.parse(Objects.requireNonNull(json, "json"),
                Objects.requireNonNull(source, "source"));
        return new HomologationCases(source, p.title(), p.cases());
    }

    /**
     * Only the cases with these ids, in the file's order.
     *
     * @throws IllegalArgumentException when an id is not in the file
     */
    public HomologationCases only(Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<HomologationCase> kept = new ArrayList<>();
        for (HomologationCase c : cases) {
            if (wanted.remove(c.id())) {
                kept.add(c);
            }
        }
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException("no case " + String.join(", ", wanted) + " in " + source);
        }
        return new HomologationCases(source, title, kept);
    }

    /** Where the cases come from. */
    public String source() {
        return source;
    }

    /** The file's title. */
    public String title() {
        return title;
    }

    /** The cases, in the file's order. */
    public List<HomologationCase> cases() {
        return cases;
    }

    @Override
    public String toString() {
        return "HomologationCases[" + source + ", " + cases.size() + " cases]";
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The business rules of the guide (§3.3.1, Annexes B and C), checked before a request is sent. Each entry point
 * returns every violation at once, in rule order, each with the rule id, the field path in the guide's names and a
 * message for an operator; an empty list means nothing to report. The functions are pure: they read the request and
 * the context and never alter a value.
 *
 * <pre>{@code
 * RuleContext context = new RuleContext(NumeroVersion.LATEST, "jdupont", Catalogue.standard(), null);
 * List<Violation> violations = DitRules.creerDemande(demande, context);
 * if (violations.stream().anyMatch(Violation::isError)) { ... }
 * }</pre>
 *
 * <table>
 * <caption>Rule ids</caption>
 * <tr><th>id</th><th>rule</th><th>checked on</th></tr>
 * <tr><td>CONTRACT</td><td>NumeroPCE, CodeLibelleIntervention and RdvDemande.Date present (the contract requires
 *     them whatever the intervention)</td><td>both requests (NumeroPCE only for the receivability check)</td></tr>
 * <tr><td>R1</td><td>TypeDemande is "DIT": the API offers no way to set it and the client always sends "DIT", so
 *     there is nothing to check</td><td>-</td></tr>
 * <tr><td>R2</td><td>NumeroVersion V6 or later (compared numerically); for a creation, at least the catalogue's
 *     {@code version_min} of the code, and V10 for a code the catalogue marks {@code index} (the index sections are
 *     V10 tags): V10 for the DIT vérification des données de comptage, G1 and 253</td><td>both requests</td></tr>
 * <tr><td>R3</td><td>ContactIntervention.Telephone digits only from V8 ({@link Telephones#digitsOnly(String)} converts
 *     written forms on request)</td><td>CreerDemandeDIT</td></tr>
 * <tr><td>R4</td><td>codes the catalogue marks {@code index} (G1 and 253): IndexConteste and IndexClient with all
 *     their fields, no motif; an index with another code is a warning</td><td>CreerDemandeDIT</td></tr>
 * <tr><td>R5</td><td>PrecisionIntervention with a motif the catalogue labels "Autre" for the code</td>
 *     <td>CreerDemandeDIT</td></tr>
 * <tr><td>R6</td><td>OptionExpress only for the codes the catalogue marks express</td><td>CreerDemandeDIT</td></tr>
 * <tr><td>R7</td><td>(code, motif) allowed: by the receivability answer when at hand, else by the catalogue for the
 *     stated segment, else for any segment</td><td>CreerDemandeDIT</td></tr>
 * <tr><td>R8</td><td>RdvDemande.Plage for 6M and 1M PCEs</td><td>CreerDemandeDIT</td></tr>
 * <tr><td>R9</td><td>Utilisateur.Login present; CodePostal, when given, five digits</td><td>both requests</td></tr>
 * <tr><td>R10</td><td>dead fields (MontantDu, MinimumAPercevoir, NumeroSynchronIntervention, CommentaireFournisseur)
 *     never sent: the API does not have them, so there is nothing to check</td><td>-</td></tr>
 * <tr><td>R11</td><td>what the technician's work order (ObservationDisco) cuts: PrecisionIntervention over 20,
 *     Nom over 15, CodeAcces over 5 characters, ComplementAdresse over what the parts before it leave (16 to 60):
 *     {@link Violation.Severity#WARNING}, the value is sent as given</td><td>CreerDemandeDIT</td></tr>
 * </table>
 *
 * <p>Every violation but R11's and R4's index with another code is an {@link Violation.Severity#ERROR}. When the
 * segment matters (R2, R4, R5, R6, R8) and the request does not state it, the rules infer it from the code and the
 * receivability answer, and report nothing rather than guess when neither tells.
 */
public final class DitRules {

    private DitRules() {}

    /**
     * The fields the contract requires whatever the validation mode (rule id {@code CONTRACT}): NumeroPCE. The client
     * checks them even with validation {@code OFF}, with the same messages as {@link #verifierRecevabilite}.
     */
    public static List<Violation> contract(VerifierRecevabilite request) {
        Objects.requireNonNull(request, "request");
        return List.copyOf(ContractRule.check(request));
    }

    /**
     * The fields the contract requires whatever the validation mode (rule id {@code CONTRACT}): NumeroPCE,
     * CodeLibelleIntervention, RdvDemande.Date. The same messages as {@link #creerDemande}.
     */
    public static List<Violation> contract(CreerDemande request) {
        Objects.requireNonNull(request, "request");
        return List.copyOf(ContractRule.check(request));
    }

    /**
     * Every violation of a receivability check: NumeroPCE (CONTRACT), NumeroVersion (R2), Login and CodePostal (R9).
     *
     * @param request the check to send
     * @param context the client's version, login and catalogue
     * @return the violations, empty when none; never {@code null}
     */
    public static List<Violation> verifierRecevabilite(VerifierRecevabilite request, RuleContext context) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        List<Violation> found = new ArrayList<>(0);
        found.addAll(ContractRule.check(request));
        found.addAll(R2Version.check(context.numeroVersion()));
        found.addAll(R9Utilisateur.check(context.login(), request.codePostal(), Fields.CODE_POSTAL));
        return List.copyOf(found);
    }

    /**
     * Every violation of a creation request, rules CONTRACT and R2 to R11 (see the class comment).
     *
     * @param request the demande to send
     * @param context the client's version, login and catalogue, and the receivability answer for this PCE if at
     *                hand
     * @return the violations in rule order, empty when none; never {@code null}
     */
    public static List<Violation> creerDemande(CreerDemande request, RuleContext context) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        List<Violation> found = new ArrayList<>(0);
        found.addAll(ContractRule.check(request));
        found.addAll(R2Version.check(request, context));
        found.addAll(R3Telephone.check(request, context));
        found.addAll(R4IndexComptage.check(request, context));
        found.addAll(R5Precision.check(request, context));
        found.addAll(R6Express.check(request, context));
        found.addAll(R7CodeMotif.check(request, context));
        found.addAll(R8Plage.check(request, context));
        found.addAll(R9Utilisateur.check(context.login(), request.codePostal(), Fields.DEMANDE_CODE_POSTAL));
        found.addAll(R11Troncature.check(request, context));
        return List.copyOf(found);
    }
}

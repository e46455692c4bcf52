/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.Raison;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The case files' way of writing a DmdKo reason: a name of {@link Libelle} (row DmdKo), then the codes OMEGA appends,
 * if they matter: {@code HABILITATION_INCORRECTE}, {@code PCE_INCORRECT_OU_INCONNU PCE_INCONNU},
 * {@code DONNEE_INCORRECTE CODE_MOTIF / MOTIF_INCONNU}. Without codes, a reason matches any codes.
 */
public final class Reasons {

    private Reasons() {}

    /** Checks a reason as written in a file. */
    public static void check(String written, Function<String, IllegalArgumentException> error) {
        Libelle l = libelle(written, error);
        String codes = codes(written);
        if (!codes.isEmpty() && l.complement() == AnnexeA.Complement.AUCUN) {
            throw error.apply("reason " + l.name() + " takes no code, got '" + codes + "'");
        }
        if (!codes.isEmpty() && l.complement() == AnnexeA.Complement.CODE_CHAMP_ET_COHERENCE
                && codes.split("\\s*/\\s*").length != 2) {
            throw error.apply("reason " + l.name() + " takes 'codeChamp / codeCohérence', got '" + codes + "'");
        }
    }

    /** The reasons of a DmdKo's messages, written as in a file, with their codes. */
    public static List<String> of(List<String> messages) {
        List<String> out = new ArrayList<>();
        for (Raison r : Raison.parseAll(messages)) {
            out.add(written(r));
        }
        return out;
    }

    /** True when {@code expected} (as written) is among {@code actual} (from {@link #of}). */
    public static boolean matches(String expected, List<String> actual) {
        String name = expected.trim().split("\\s+", 2)[0];
        String codes = normal(codes(expected));
        for (String a : actual) {
            String aName = a.split(" ", 2)[0];
            if (aName.equals(name) && (codes.isEmpty() || normal(codes(a)).equals(codes))) {
                return true;
            }
        }
        return false;
    }

    private static String written(Raison r) {
        if (r instanceof Raison.DonneeIncorrecte d) {
            return Libelle.DONNEE_INCORRECTE.name() + " " + d.codeChamp() + " / " + d.codeCoherence();
        } else if (r instanceof Raison.PceIncorrectOuInconnu p) {
            return join(Libelle.PCE_INCORRECT_OU_INCONNU, p.codeErreur());
        } else if (r instanceof Raison.NonRecevable n) {
            return join(Libelle.DEMANDE_NON_RECEVABLE, n.codeErreur());
        } else if (r instanceof Raison.DialogueInterrompu d) {
            return join(Libelle.DIALOGUE_INTERROMPU, d.codeErreur());
        } else if (r instanceof Raison.Fixe f) {
            return f.libelle().name();
        }
        return "AUTRE " + r.texte();
    }

    private static String join(Libelle l, String code) {
        return code == null || code.isEmpty() ? l.name() : l.name() + " " + code;
    }

    private static String normal(String codes) {
        return codes.replaceAll("\\s*/\\s*", " / ").trim();
    }

    private static Libelle libelle(String written, Function<String, IllegalArgumentException> error) {
        String name = written.trim().split("\\s+", 2)[0];
        Libelle l = find(name);
        if (l == null) {
            throw error.apply("unknown reason '" + name + "'; known: " + AnnexeA.DMD_KO.libelles().stream()
                    .map(Libelle::name).toList());
        }
        return l;
    }

    private static Libelle find(String name) {
        for (Libelle l : AnnexeA.DMD_KO.libelles()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    private static String codes(String written) {
        String[] parts = written.trim().split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].trim();
    }
}

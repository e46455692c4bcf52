/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading the codes OMEGA appends to its MessageRetour texts (guide Annexe A). */
public final class MessageCodes {

    public static final Pattern DONNEE_INCORRECTE = Pattern.compile(
            "Donn[ée]e incorrecte\\s*:\\s*([^/]*?)\\s*/\\s*(.*?)\\s*(?=Donn[ée]e incorrecte|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private MessageCodes() {}

    /** Lower case, accents removed, typographic apostrophes folded, surrounding blanks trimmed. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'');
        return n.toLowerCase(Locale.ROOT);
    }

    /** The code OMEGA appended after {@code marker}, without separators; empty when there is none. */
    public static String codeAfter(String raw, String marker) {
        int i = raw.indexOf(marker);
        if (i < 0) {
            return "";
        }
        String rest = raw.substring(i + marker.length()).strip();
        while (!rest.isEmpty() && (rest.charAt(0) == ':' || rest.charAt(0) == '-')) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }

    /**
     * The codeMessageOMEGA appended after the last colon of a DmdOkDD or Message text ("…confirmer le rendez-vous : "
     * + code, "…code suivant : " + code), or {@code null} when the text carries none.
     */
    public static String codeMessageOmega(Iterable<String> messages) {
        for (String m : messages) {
            if (m == null) {
                continue;
            }
            String norm = normalise(m);
            int marker = Math.max(norm.indexOf("confirmer le rendez-vous"), norm.indexOf("code suivant"));
            if (marker < 0) {
                continue;
            }
            int colon = m.indexOf(':', marker);
            if (colon >= 0) {
                String code = m.substring(colon + 1).strip();
                if (!code.isEmpty()) {
                    return code;
                }
            }
        }
        return null;
    }
}

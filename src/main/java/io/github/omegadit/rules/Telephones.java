/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

/**
 * Telephone helpers for rule R3. From NumeroVersion V8, OMEGA accepts {@code ContactIntervention.Telephone} with
 * digits only. The rules never alter a value: converting a number as people write it is an explicit choice of the
 * caller.
 *
 * <pre>{@code
 * new ContactIntervention("Martin", Telephones.digitsOnly("+33 6 12 34 56 78"), null, null) // "0612345678"
 * }</pre>
 */
public final class Telephones {

    private Telephones() {}

    /**
     * Converts a written telephone to digits only: removes spaces, dots, dashes and parentheses, and turns the French
     * international prefixes {@code +33} and {@code 0033} into the national leading {@code 0} (a trunk {@code (0)}
     * written after them is dropped: {@code "+33 (0)6 12 34 56 78"} gives {@code "0612345678"}). Other numbers made
     * of digits are kept as they are; {@code null} gives {@code null}, so an absent telephone passes through.
     *
     * @param written the telephone as written, e.g. {@code "06.12.34.56.78"} or {@code "+33 6 12 34 56 78"}
     * @return the digits, e.g. {@code "0612345678"}
     * @throws IllegalArgumentException when something other than digits and those separators remains (letters,
     *                                  another country's {@code +} prefix...) or no digit at all; the message names
     *                                  the offending character and its position but not the number
     */
    public static String digitsOnly(String written) {
        if (written == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!isSeparator(c)) {
                kept.append(c);
            }
        }
        String s = kept.toString();
        if (s.startsWith("+33")) {
            s = national(s.substring(3));
        } else if (s.startsWith("0033")) {
            s = national(s.substring(4));
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("telephone has no digit");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                String why = c == '+'
                        ? "only the French prefixes +33 and 0033 can be converted"
                        : "only digits, spaces, dots, dashes, parentheses and a +33/0033 prefix are accepted";
                throw new IllegalArgumentException("telephone contains '" + c + "' at position "
                        + (written.indexOf(c) + 1) + ": " + why);
            }
        }
        return s;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-' || c == '(' || c == ')' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** French national numbers after +33 never start with 0; one written there is the trunk prefix "(0)". */
    private static String national(String afterPrefix) {
        if (afterPrefix.isEmpty()) {
            throw new IllegalArgumentException("telephone has no digit after its +33/0033 prefix");
        }
        return afterPrefix.startsWith("0") ? afterPrefix : "0" + afterPrefix;
    }
}

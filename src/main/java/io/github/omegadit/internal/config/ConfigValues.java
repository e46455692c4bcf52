/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.config;

import io.github.omegadit.ValidationMode;
import io.github.omegadit.rules.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text forms of the configuration's values, read the same way by {@link io.github.omegadit.OmegaConfiguration}
 * and the command line. Each method throws {@link IllegalArgumentException} with a message that quotes the text and
 * shows the accepted forms; the caller prefixes where the text came from.
 */
public final class ConfigValues {

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})\\s*(ms|s|m)?");

    private ConfigValues() {}

    /**
     * A duration: a number of seconds ({@code 30}), or with a unit ({@code 500ms}, {@code 30s}, {@code 2m}), or
     * ISO-8601 ({@code PT30S}).
     */
    public static Duration duration(String text) {
        String t = text.trim();
        if (t.regionMatches(true, 0, "PT", 0, 2)) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 10s, 500ms, 2m, PT30S)");
            }
        }
        Matcher m = DURATION.matcher(t.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 10s, 500ms, 2m, PT30S)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** A validation mode, case- and dash-insensitive ({@code warn-only}, {@code STRICT}). */
    public static ValidationMode validationMode(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ValidationMode m : ValidationMode.values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a validation mode; expected one of "
                + Arrays.stream(ValidationMode.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * A PKCS#12 trust store.
     *
     * @throws IllegalArgumentException naming the file and the exception's type, never the password
     */
    public static KeyStore trustStore(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            // the exception's own message may quote the file, never the password; keep only its type
            throw new IllegalArgumentException("cannot read the trust store " + file + " ("
                    + e.getClass().getSimpleName() + (e instanceof IOException
                    && e.getCause() instanceof UnrecoverableKeyException ? ", wrong password" : "") + ")", e);
        }
    }

    /** An Annexe B catalogue file. */
    public static Catalogue catalogue(Path file) throws IOException {
        try {
            return Catalogue.load(file);
        } catch (NoSuchFileException e) {
            throw new IOException("catalogue file " + file + " does not exist", e);
        }
    }

    /** A rate: 0 (no limit) or a positive decimal number of calls per second ({@code 2}, {@code 0.5}). */
    public static double callsPerSecond(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (v >= 0 && !Double.isInfinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted forms
        }
        throw new IllegalArgumentException("'" + text + "' is not a number of calls per second (0 for no limit, "
                + "e.g. 2 or 0.5)");
    }
}

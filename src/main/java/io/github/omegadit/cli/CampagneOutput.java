/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.campagne.Progress;
import io.github.omegadit.campagne.Resultat;
import io.github.omegadit.campagne.Statut;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What campaign commands print: result lines (CSV or JSON lines) and progress (a bar on a terminal, else lines). */
final class CampagneOutput {

    /** Result line formats. */
    enum Format { CSV, JSON }

    static final String[] HEADER = {"reference", "pce", "statut", "numero_demande", "code_retour", "rdv_date",
        "rdv_plage", "detail"};

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private CampagneOutput() {}

    /** The CSV header line. */
    static String csvHeader() {
        return csv((Object[]) HEADER);
    }

    /** One result as a JSON object's members. */
    static Map<String, Object> map(Resultat r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", r.referenceDemande());
        m.put("pce", r.numeroPce());
        m.put("statut", r.statut().name());
        m.put("numeroDemande", r.numeroDemande());
        m.put("codeRetour", r.codeRetour());
        m.put("rdvDate", r.rdv() == null ? null : r.rdv().date().toString());
        m.put("rdvPlage", r.rdv() == null || r.rdv().plage().isEmpty() ? null : r.rdv().plage());
        m.put("detail", r.detail());
        return m;
    }

    /** One result as a line of the format. */
    static String line(Resultat r, Format format) {
        if (format == Format.JSON) {
            return Json.write(map(r));
        }
        return csv(r.referenceDemande(), r.numeroPce(), r.statut().name(), r.numeroDemande(), r.codeRetour(),
                r.rdv() == null ? null : r.rdv().date(), r.rdv() == null ? null : r.rdv().plage(), r.detail());
    }

    private static String csv(Object... values) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSV)) {
            p.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** {@code 120/200 (60%), 45.2/s, ETA 0:02; UNCERTAIN 1}. */
    static String summary(Progress p) {
        int done = p.finished() + p.uncertain();
        int pct = p.total() == 0 ? 100 : (int) (100L * done / p.total());
        String eta = p.eta().map(CampagneOutput::clock).orElse("--:--");
        return String.format(Locale.ROOT, "%d/%d (%d%%), %.1f/s, ETA %s; uncertain %d", done, p.total(), pct,
                p.perSecond(), eta, p.uncertain());
    }

    /** The counts by status, non-zero ones, in the enum's order. */
    static String counts(Progress p) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Statut, Integer> e : p.byStatut().entrySet()) {
            if (e.getValue() > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        return sb.length() == 0 ? "no demande" : sb.toString();
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Progress on the error stream: a bar redrawn in place on a terminal, else a line every few seconds. */
    static final class ProgressView implements AutoCloseable {
        private final PrintStream err;
        private final boolean bar;
        private final long intervalNanos;
        private long lastPrint;
        private Progress last;

        ProgressView(PrintStream err, boolean bar, Duration interval) {
            this.err = err;
            this.bar = bar;
            this.intervalNanos = interval.toNanos();
            this.lastPrint = System.nanoTime();
        }

        synchronized void update(Progress p) {
            last = p;
            long now = System.nanoTime();
            if (now - lastPrint >= intervalNanos) {
                lastPrint = now;
                print(p);
            }
        }

        private void print(Progress p) {
            if (bar) {
                int width = 30;
                int done = p.finished() + p.uncertain();
                int filled = p.total() == 0 ? width : (int) ((long) width * done / p.total());
                err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + summary(p) + "   ");
            } else {
                err.println("campagne: " + summary(p));
            }
            err.flush();
        }

        /** Prints the final progress at once. */
        synchronized void finish(Progress p) {
            last = null;
            print(p);
            if (bar) {
                err.println();
            }
        }

        /** Ends the bar's line if {@link #finish} was not called (the run failed). */
        @Override
        public synchronized void close() {
            if (bar && last != null) {
                err.println();
            }
        }
    }
}

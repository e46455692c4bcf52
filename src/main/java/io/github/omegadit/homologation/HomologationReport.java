/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import io.github.omegadit.internal.homologation.ReportWriter;
import io.github.omegadit.protocol.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evidence of a homologation run, for the person who fills the distributor's sheet: for each case its start and
 * end, its NumeroDemande, each call's answer and verdict (with what differs when it failed) and the exchanged XML,
 * personal data masked (ContactIntervention's Nom, Telephone, CodeAcces, ComplementAdresse and TelephoneFournisseur,
 * in the requests shown as in the XML). Written as Markdown, JSON and a self-contained HTML page.
 *
 * @param cases     where the cases came from
 * @param title     the case file's title
 * @param target    what was called: the endpoint, or the embedded simulator
 * @param startedAt when the run started
 * @param endedAt   when it ended
 * @param results   one result per case, in the file's order
 */
public record HomologationReport(String cases, String title, String target, Instant startedAt, Instant endedAt,
        List<CaseResult> results) {

    /** File names {@link #write(Path)} uses, without extension. */
    public static final String FILE_NAME = "homologation-report";

    /** All required; the list is copied. */
    public HomologationReport {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        results = List.copyOf(results);
    }

    /** How a case went. */
    public enum Verdict {
        /** Every call answered as expected. */
        PASSED,
        /** A call did not: its differences say how. */
        FAILED,
        /** Not run here (it needs the embedded simulator). */
        SKIPPED
    }

    /**
     * One case.
     *
     * @param id            our id
     * @param distributorId the distributor's id, or {@code null}
     * @param title         what the case shows
     * @param guide         where the guide states it, or {@code null}
     * @param verdict       how it went
     * @param startedAt     when its first call started
     * @param endedAt       when its last call ended
     * @param numeroDemande OMEGA's NumeroDemande, when one was given (or resumed)
     * @param note          why it was skipped, or {@code null}
     * @param calls         its calls, up to the first that failed
     */
    public record CaseResult(String id, String distributorId, String title, String guide, Verdict verdict,
            Instant startedAt, Instant endedAt, String numeroDemande, String note, List<CallResult> calls) {

        /** Lists copied. */
        public CaseResult {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(verdict, "verdict");
            calls = List.copyOf(calls);
        }
    }

    /**
     * One call of a case.
     *
     * @param operation     the call
     * @param startedAt     when it started
     * @param endedAt       when its answer (or refusal) came
     * @param request       its inputs as in the case file, personal data masked
     * @param expected      what was expected, in one line
     * @param answer        what came, in one line (TypeRetourDialogue / CodeRetour [messages], or the refusal)
     * @param numeroDemande the NumeroDemande of the answer, or {@code null}
     * @param passed        true when the answer is the expected one
     * @param differences   what differs from the expectation, one line each; empty when passed
     * @param exchanges     the HTTP exchanges of the call (none when the client refused before sending)
     */
    public record CallResult(Operation operation, Instant startedAt, Instant endedAt, Map<String, Object> request,
            String expected, String answer, String numeroDemande, boolean passed, List<String> differences,
            List<Exchange> exchanges) {

        /** Lists copied. */
        public CallResult {
            request = Collections.unmodifiableMap(new LinkedHashMap<>(request));
            differences = List.copyOf(differences);
            exchanges = List.copyOf(exchanges);
        }
    }

    /**
     * One HTTP exchange of a call, as recorded between the client and the endpoint.
     *
     * @param status       the HTTP status, 0 when the endpoint was not reached
     * @param requestXml   the request sent, personal data masked
     * @param responseXml  the answer received, personal data masked
     * @param failure      why the endpoint was not reached, or {@code null}
     */
    public record Exchange(int status, String requestXml, String responseXml, String failure) {}

    /** The number of cases with this verdict. */
    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** True when no case failed (skipped cases do not count). */
    public boolean allPassed() {
        return count(Verdict.FAILED) == 0;
    }

    /** The report as Markdown: a summary table, then each case with its calls and XML. */
    public String toMarkdown() {
        return ReportWriter.markdown(this);
    }

    /** The report as one JSON object. */
    public String toJson() {
        return ReportWriter.json(this);
    }

    /** The report as a self-contained HTML page (no external resource). */
    public String toHtml() {
        return ReportWriter.html(this);
    }

    /**
     * Writes {@value #FILE_NAME}{@code .md}, {@code .json} and {@code .html} into {@code dir} (created if needed).
     *
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path md = Files.writeString(dir.resolve(FILE_NAME + ".md"), toMarkdown(), StandardCharsets.UTF_8);
        Path json = Files.writeString(dir.resolve(FILE_NAME + ".json"), toJson(), StandardCharsets.UTF_8);
        Path html = Files.writeString(dir.resolve(FILE_NAME + ".html"), toHtml(), StandardCharsets.UTF_8);
        return List.of(md, json, html);
    }
}

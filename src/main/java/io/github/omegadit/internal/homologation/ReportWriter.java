/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import io.github.omegadit.homologation.HomologationReport;
import io.github.omegadit.homologation.HomologationReport.CallResult;
import io.github.omegadit.homologation.HomologationReport.CaseResult;
import io.github.omegadit.homologation.HomologationReport.Exchange;
import io.github.omegadit.homologation.HomologationReport.Verdict;
import io.github.omegadit.internal.json.JsonWriter;
import io.github.omegadit.simulator.OmegaSimulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three forms of a {@link HomologationReport}; times in Paris time with their offset, to the millisecond. */
public final class ReportWriter {

    private ReportWriter() {}

    /** A time as written in the reports, e.g. {@code 2026-12-01T10:15:30.123+01:00}. */
    public static String time(Instant t) {
        return t == null ? "" : t.truncatedTo(ChronoUnit.MILLIS).atZone(OmegaSimulator.PARIS).toOffsetDateTime().toString();
    }

    // ------------------------------------------------------------------ Markdown

    /** Markdown. */
    public static String markdown(HomologationReport r) {
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("# Homologation report: ").append(r.title()).append("\n\n");
        sb.append("- Cases: ").append(r.cases()).append('\n');
        sb.append("- Target: ").append(r.target()).append('\n');
        sb.append("- Run: ").append(time(r.startedAt())).append(" to ").append(time(r.endedAt())).append('\n');
        sb.append("- Result: ").append(r.count(Verdict.PASSED)).append(" passed, ").append(r.count(Verdict.FAILED))
                .append(" failed, ").append(r.count(Verdict.SKIPPED)).append(" skipped\n\n");
        sb.append("| case | distributor id | verdict | started | ended | NumeroDemande | last answer |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (CaseResult c : r.results()) {
            sb.append("| ").append(cell(c.id())).append(" | ").append(cell(c.distributorId())).append(" | ")
                    .append(c.verdict()).append(" | ").append(time(c.startedAt())).append(" | ")
                    .append(time(c.endedAt())).append(" | ").append(cell(c.numeroDemande())).append(" | ")
                    .append(cell(lastAnswer(c)))
                    .append(" |\n");
        }
        for (CaseResult c : r.results()) {
            sb.append("\n## ").append(c.id()).append(": ").append(c.title()).append("\n\n");
            sb.append("Verdict **").append(c.verdict()).append("**");
            if (c.distributorId() != null) {
                sb.append(", distributor id ").append(c.distributorId());
            }
            if (c.guide() != null) {
                sb.append(", guide ").append(c.guide());
            }
            if (c.numeroDemande() != null) {
                sb.append(", NumeroDemande ").append(c.numeroDemande());
            }
            sb.append(".\n");
            if (c.note() != null) {
                sb.append("\n").append(c.note()).append('\n');
            }
            int i = 1;
            for (CallResult call : c.calls()) {
                sb.append("\n### ").append(i++).append(". ").append(call.operation().wsdlName()).append(": ")
                        .append(call.passed() ? "passed" : "FAILED").append("\n\n");
                sb.append("- Started ").append(time(call.startedAt())).append(", ended ").append(time(call.endedAt()))
                        .append('\n');
                sb.append("- Request: `").append(JsonWriter.write(call.request()).replace("\n", " ")
                        .replaceAll(" {2,}", " ")).append("`\n");
                sb.append("- Expected: ").append(call.expected()).append('\n');
                sb.append("- Answer: ").append(call.answer()).append('\n');
                for (String d : call.differences()) {
                    sb.append("- **Differs**: ").append(d).append('\n');
                }
                for (Exchange x : call.exchanges()) {
                    sb.append("\nRequest XML:\n\n```xml\n").append(x.requestXml()).append("\n```\n");
                    sb.append("\nAnswer (HTTP ").append(x.status()).append(")")
                            .append(x.failure() == null ? "" : ", endpoint not reached: " + x.failure())
                            .append(":\n\n```xml\n").append(x.responseXml()).append("\n```\n");
                }
            }
        }
        return sb.toString();
    }

    /** The summary table's last column: the answer to the case's last call, or why it has none. */
    private static String lastAnswer(CaseResult c) {
        return c.calls().isEmpty() ? c.note() : c.calls().get(c.calls().size() - 1).answer();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    // ------------------------------------------------------------------ JSON

    /** JSON. */
    public static String json(HomologationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("cases", r.cases());
        m.put("target", r.target());
        m.put("startedAt", time(r.startedAt()));
        m.put("endedAt", time(r.endedAt()));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            counts.put(v.name().toLowerCase(java.util.Locale.ROOT), r.count(v));
        }
        m.put("summary", counts);
        List<Object> results = new ArrayList<>();
        for (CaseResult c : r.results()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", c.id());
            one.put("distributorId", c.distributorId());
            one.put("title", c.title());
            one.put("guide", c.guide());
            one.put("verdict", c.verdict().name());
            one.put("startedAt", c.startedAt() == null ? null : time(c.startedAt()));
            one.put("endedAt", c.endedAt() == null ? null : time(c.endedAt()));
            one.put("numeroDemande", c.numeroDemande());
            one.put("note", c.note());
            List<Object> calls = new ArrayList<>();
            for (CallResult call : c.calls()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("operation", call.operation().wsdlName());
                cm.put("startedAt", time(call.startedAt()));
                cm.put("endedAt", time(call.endedAt()));
                cm.put("request", call.request());
                cm.put("expected", call.expected());
                cm.put("answer", call.answer());
                cm.put("numeroDemande", call.numeroDemande());
                cm.put("passed", call.passed());
                cm.put("differences", call.differences());
                List<Object> xs = new ArrayList<>();
                for (Exchange x : call.exchanges()) {
                    Map<String, Object> xm = new LinkedHashMap<>();
                    xm.put("status", (long) x.status());
                    xm.put("requestXml", x.requestXml());
                    xm.put("responseXml", x.responseXml());
                    xm.put("failure", x.failure());
                    xs.add(xm);
                }
                cm.put("exchanges", xs);
                calls.add(cm);
            }
            one.put("calls", calls);
            results.add(one);
        }
        m.put("results", results);
        return JsonWriter.write(m) + "\n";
    }

    // ------------------------------------------------------------------ HTML

    /** A self-contained HTML page. */
    public static String html(HomologationReport r) {
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("Homologation report: " + r.title())).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("th{background:#eee}.PASSED{color:#176e17;font-weight:bold}.FAILED{color:#b00;")
                .append("font-weight:bold}.SKIPPED{color:#777}pre{background:#f6f6f6;padding:.6em;overflow-x:auto;")
                .append("white-space:pre-wrap}.diff{color:#b00}</style></head><body>\n");
        sb.append("<h1>").append(esc("Homologation report: " + r.title())).append("</h1>\n<p>Cases: ")
                .append(esc(r.cases())).append("<br>Target: ").append(esc(r.target())).append("<br>Run: ")
                .append(time(r.startedAt())).append(" to ").append(time(r.endedAt())).append("<br>Result: ")
                .append(r.count(Verdict.PASSED)).append(" passed, ").append(r.count(Verdict.FAILED))
                .append(" failed, ").append(r.count(Verdict.SKIPPED)).append(" skipped</p>\n");
        sb.append("<table><tr><th>case</th><th>distributor id</th><th>verdict</th><th>started</th><th>ended</th>")
                .append("<th>NumeroDemande</th><th>last answer</th></tr>\n");
        for (CaseResult c : r.results()) {
            sb.append("<tr><td><a href=\"#").append(esc(c.id())).append("\">").append(esc(c.id()))
                    .append("</a></td><td>").append(esc(c.distributorId())).append("</td><td class=\"")
                    .append(c.verdict()).append("\">").append(c.verdict()).append("</td><td>")
                    .append(time(c.startedAt())).append("</td><td>").append(time(c.endedAt())).append("</td><td>")
                    .append(esc(c.numeroDemande())).append("</td><td>").append(esc(lastAnswer(c)))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
        for (CaseResult c : r.results()) {
            sb.append("<h2 id=\"").append(esc(c.id())).append("\">").append(esc(c.id() + ": " + c.title()))
                    .append("</h2>\n<p class=\"").append(c.verdict()).append("\">").append(c.verdict()).append("</p>");
            if (c.note() != null) {
                sb.append("<p>").append(esc(c.note())).append("</p>");
            }
            for (CallResult call : c.calls()) {
                sb.append("<h3>").append(esc(call.operation().wsdlName())).append(call.passed() ? ""
                        : " <span class=\"FAILED\">FAILED</span>").append("</h3>\n<table>")
                        .append(row("started", time(call.startedAt()))).append(row("ended", time(call.endedAt())))
                        .append(row("request", JsonWriter.write(call.request()))).append(row("expected",
                                call.expected())).append(row("answer", call.answer()));
                for (String d : call.differences()) {
                    sb.append("<tr><th>differs</th><td class=\"diff\">").append(esc(d)).append("</td></tr>");
                }
                sb.append("</table>\n");
                for (Exchange x : call.exchanges()) {
                    sb.append("<details><summary>XML exchanged (HTTP ").append(x.status()).append(")</summary>")
                            .append("<pre>").append(esc(x.requestXml())).append("</pre><pre>")
                            .append(esc(x.failure() == null ? x.responseXml() : x.failure())).append("</pre>")
                            .append("</details>\n");
                }
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String row(String th, String td) {
        return "<tr><th>" + esc(th) + "</th><td>" + esc(td) + "</td></tr>";
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one JSON reader (case files, admin API bodies): RFC 8259 exactly, errors at source:line:column. */
class JsonReaderTest {

    static Object read(String text) {
        return JsonReader.read(text, "t.json");
    }

    @Nested
    class Reading {

        @Test
        void read_readsEveryKindOfValue_inDocumentOrder() {
            Object v = read(" {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\\\"\\\\\\/\\b\\f\\r\\t\"], \"b\": {},"
                    + " \"c\": \"\\ud83d\\ude00\", \"d\": \"\uD83D\uDE00\"}\r\n");

            assertThat(v).isInstanceOf(Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) v;
            assertThat(m.keySet()).containsExactly("a", "b", "c", "d");
            assertThat(m.get("a")).isEqualTo(Arrays.asList(1L, new BigDecimal("-2.5e3"), true, false, null,
                    "xé\n\"\\/\b\f\r\t"));
            assertThat(m.get("b")).isEqualTo(Map.of());
            assertThat(m.get("c")).isEqualTo("\uD83D\uDE00");
            assertThat(m.get("d")).isEqualTo("\uD83D\uDE00");
        }

        @Test
        void read_givesALong_whenIntegralAndInRange_elseABigDecimalWithEveryDigit() {
            assertThat(read("[9223372036854775807, -9223372036854775808, 9223372036854775808, 1.0, 1e2, -0]"))
                    .isEqualTo(List.of(Long.MAX_VALUE, Long.MIN_VALUE, new BigDecimal("9223372036854775808"),
                            new BigDecimal("1.0"), new BigDecimal("1e2"), 0L));
        }

        @Test
        void read_skipsALeadingByteOrderMark_andCountsColumnsAfterIt() {
            assertThat(read("\uFEFF{\"a\": 1}")).isEqualTo(Map.of("a", 1L));
            assertThatThrownBy(() -> read("\uFEFF{\"a\" 1}")).hasMessage("t.json:1:6: unexpected '1', expected ':'");
        }

        @Test
        void read_boundsTheNesting() {
            String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
            assertThat(read(deep)).isInstanceOf(List.class);
            assertThatThrownBy(() -> read("[" + deep + "]"))
                    .hasMessageContaining("nesting deeper than " + JsonReader.MAX_DEPTH);
            assertThatThrownBy(() -> read("{\"a\":".repeat(JsonReader.MAX_DEPTH + 1)))
                    .hasMessageContaining("nesting deeper than " + JsonReader.MAX_DEPTH);
        }
    }

    @Nested
    class Refusing {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1,]", "[1 2]", "{'a': 1}", "{a: 1}",
            "01", "-01", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity", "tru", "nul", "\"a", "\"\\x\"", "\"\\u12\"",
            "\"\\u12g4\"", "\"\u0001\"", "\"a\nb\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800x\"", "\"\uD800\"",
            "\"\\ud800\\u0041\"", "{\"a\": 1, \"a\": 2}", "{} {}", "1 // c", "/* c */ 1", "\u00a01", "\"\\"})
        void read_refusesWhatIsNotStrictJson_namingTheSource(String text) {
            assertThatThrownBy(() -> read(text)).isInstanceOf(JsonReader.SyntaxException.class)
                    .hasMessageStartingWith("t.json:");
        }

        @Test
        void read_saysWhereAndWhy() {
            assertThatThrownBy(() -> read("{\n  \"a\": [1,\n  ]\n}")).isInstanceOfSatisfying(
                    JsonReader.SyntaxException.class, e -> {
                        assertThat(e).hasMessage("t.json:3:3: unexpected ']', expected a value");
                        assertThat(e.source()).isEqualTo("t.json");
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.column()).isEqualTo(3);
                        assertThat(e.reason()).isEqualTo("unexpected ']', expected a value");
                    });
            assertThatThrownBy(() -> read("{\"a\": 1,\n \"a\": 2}")).hasMessage("t.json:2:2: duplicate member \"a\"");
            assertThatThrownBy(() -> read("[\"ab\u0007\"]"))
                    .hasMessage("t.json:1:5: control character U+0007 in a string: escape it (\\n, \\t, \\u00XX)");
            assertThatThrownBy(() -> read("\"a\\ud800b\"")).hasMessage("t.json:1:3: unpaired high surrogate in a "
                    + "string");
            assertThatThrownBy(() -> read("\"a\\qb\"")).hasMessage("t.json:1:3: invalid escape \\q");
            assertThatThrownBy(() -> read("{} x")).hasMessage("t.json:1:4: unexpected 'x' after the value");
            assertThatThrownBy(() -> read("[1}")).hasMessage("t.json:1:3: unexpected '}', expected ',' or ']'");
            assertThatThrownBy(() -> read("\u00a01")).hasMessage("t.json:1:1: unexpected character U+00a0, expected a "
                    + "value");
        }
    }

    @Nested
    class WithTheWriter {

        @Test
        void whatTheWriterWrites_readsBackAsItself_compactOrIndented() {
            String nasty = "quote\" backslash\\ nl\n tab\t cr\r nul\u0000 del\u007f ls\u2028 ps\u2029 "
                    + "pair\uD83D\uDE00 é";
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("s", nasty);
            m.put("n", 42L);
            m.put("x", new BigDecimal("1.50"));
            m.put("d", LocalDate.of(2026, 12, 7));
            m.put("l", Arrays.asList(1L, null, true, Map.of("k", List.of())));
            m.put("o", Map.of());
            Map<String, Object> expected = new LinkedHashMap<>(m);
            expected.put("d", "2026-12-07");

            String compact = JsonWriter.compact(m);

            assertThat(compact).doesNotContain("\n").startsWith("{\"s\":\"quote\\\"").contains(",\"n\":42,\"x\":1.50,");
            assertThat(read(compact)).isEqualTo(expected);
            assertThat(read(JsonWriter.write(m))).isEqualTo(expected);
        }

        @Test
        void aLoneSurrogate_isWrittenEscaped_andRefusedByTheReader_neverAlteredSilently() {
            String json = JsonWriter.compact(Map.of("s", "lone\uD800 low\uDC00"));

            assertThat(json).isEqualTo("{\"s\":\"lone\\ud800 low\\udc00\"}");
            assertThatThrownBy(() -> read(json)).hasMessage("t.json:1:11: unpaired high surrogate in a string");
        }
    }
}

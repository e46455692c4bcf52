/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.cli.StrictJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API's JSON: RFC 8259 exactly when reading, valid when writing (checked by an independent reader). */
class JsonTextTest {

    @Test
    void parse_readsEveryKindOfValue() {
        Object v = JsonText.parse(" {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\\\"\\\\\\/\"], \"b\": {},"
                + " \"c\": \"\\ud83d\\ude00\", \"d\": 12345678901234567890}\r\n");

        assertThat(v).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(m.get("a")).isEqualTo(Arrays.asList(1L, new BigDecimal("-2.5e3"), true, false, null,
                "xé\n\"\\/"));
        assertThat(m.get("b")).isEqualTo(Map.of());
        assertThat(m.get("c")).isEqualTo("\uD83D\uDE00");
        assertThat(m.get("d")).isEqualTo(new BigDecimal("12345678901234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1,]", "[1 2]", "{'a': 1}", "{a: 1}",
        "01", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity", "tru", "nul", "\"a", "\"\\x\"", "\"\\u12\"",
        "\"\u0001\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800x\"", "{\"a\": 1, \"a\": 2}", "{} {}", "1 // c",
        "/* c */ 1", "\u00a01"})
    void parse_refusesWhatIsNotStrictJson(String text) {
        assertThatThrownBy(() -> JsonText.parse(text)).isInstanceOf(JsonText.SyntaxException.class)
                .hasMessageStartingWith("invalid JSON at line ");
    }

    @Test
    void parse_saysWhere() {
        assertThatThrownBy(() -> JsonText.parse("{\n  \"a\": [1,\n  ]\n}")).hasMessage(
                "invalid JSON at line 3, column 3: unexpected ']', expected a value");
        assertThatThrownBy(() -> JsonText.parse("{\"a\": 1, \"a\": 2}")).hasMessageContaining("duplicate member \"a\"");
    }

    @Test
    void parse_boundsTheNesting() {
        String deep = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);
        assertThat(JsonText.parse(deep)).isInstanceOf(List.class);
        assertThatThrownBy(() -> JsonText.parse("[" + deep + "]")).hasMessageContaining("nesting deeper than 32");
    }

    @Test
    void write_isValidJson_forAnyString() {
        String nasty = "quote\" backslash\\ nl\n tab\t cr\r nul\u0000 del\u007f ls\u2028 ps\u2029 lone\uD800 "
                + "pair\uD83D\uDE00 low\uDC00 é";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", nasty);
        m.put("n", 42L);
        m.put("d", LocalDate.of(2026, 12, 7));
        m.put("l", Arrays.asList(1, null, true, new BigDecimal("1.5")));
        m.put("o", Map.of());

        String json = JsonText.write(m);

        Map<String, Object> back = StrictJson.object(json);
        assertThat(back).containsEntry("n", 42L).containsEntry("d", "2026-12-07").containsEntry("o", Map.of());
        assertThat((String) back.get("s")).startsWith("quote\" backslash\\ nl\n tab\t cr\r nul\u0000")
                .contains("pair\uD83D\uDE00", " é");
        assertThatThrownBy(() -> JsonText.parse(json)).as("a lone surrogate is written escaped, and refused by the "
                + "strict reader").hasMessageContaining("unpaired high surrogate");
        String clean = JsonText.write(Map.of("s", "pair\uD83D\uDE00 é \u2028"));
        assertThat(JsonText.parse(clean)).isEqualTo(Map.of("s", "pair\uD83D\uDE00 é \u2028"));
    }
}

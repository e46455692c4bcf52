/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.internal.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON writer of {@code --json}: escaping, and structures read back by the strict reader. */
class JsonTest {

    @Nested
    class Quote {

        @Test
        void quote_escapesQuoteBackslashAndTheShortControlEscapes() {
            assertThat(JsonWriter.quote("a\"b\\c\nd\re\tf\bg\fh")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
        }

        @Test
        void quote_writesOtherControlCharactersAndDelAsUnicodeEscapes() {
            assertThat(JsonWriter.quote("\u0000\u0001\u001f\u007f")).isEqualTo("\"\\u0000\\u0001\\u001f\\u007f\"");
        }

        @Test
        void quote_escapesLineAndParagraphSeparators() {
            assertThat(JsonWriter.quote("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
        }

        @Test
        void quote_keepsAccentsAndSurrogatePairsAsTheyAre() {
            assertThat(JsonWriter.quote("Relevé m³ 🔥")).isEqualTo("\"Relevé m³ 🔥\"");
        }

        @Test
        void quote_escapesUnpairedSurrogates_soTheUtf8OutputStaysDecodable() {
            String lone = "x\ud83dy\ude00z";
            String quoted = JsonWriter.quote(lone);

            assertThat(quoted).isEqualTo("\"x\\ud83dy\\ude00z\"");
            assertThat(new String(quoted.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(quoted);
        }

        @Test
        void quote_keepsSlashAndNonAsciiPrintables() {
            assertThat(JsonWriter.quote("a/b é ü €")).isEqualTo("\"a/b é ü €\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "plain", "\"", "\\", "\\\"", "tab\there", "nul\u0000", "\u2028", "Donnée incorrecte : "
                + "CODE_MOTIF / MOTIF_INCONNU", "</script>", "\ud83d\ude00"})
        void everyString_readsBackAsItself(String s) {
            assertThat(StrictJson.parse(JsonWriter.quote(s))).isEqualTo(s);
        }

        /** Surrogates in pairs (each high one with a low one): a lone one is refused by the reader (JsonReaderTest). */
        @Test
        void everyCharacter_readsBackAsItself() {
            StringBuilder all = new StringBuilder();
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                if (Character.isHighSurrogate(c)) {
                    all.append(c).append((char) (Character.MIN_LOW_SURROGATE + (c & 0x3ff)));
                } else if (!Character.isLowSurrogate(c)) {
                    all.append(c);
                }
            }
            assertThat(StrictJson.parse(JsonWriter.quote(all.toString()))).isEqualTo(all.toString());
        }
    }

    @Nested
    class Write {

        @Test
        void write_readsBackAsTheSameStructure() {
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("date", "2026-12-09");
            slot.put("plage", "MATIN");
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("type", "ListeDP");
            root.put("typeRetourDialogue", "P");
            root.put("numeroDemande", null);
            root.put("mayHaveBeenReceived", false);
            root.put("httpStatus", 503);
            root.put("big", 12345678901L);
            root.put("messages", List.of("Demande \"recevable\"", "ligne1\nligne2"));
            root.put("creneaux", List.of(slot, slot));
            root.put("empty", List.of());
            root.put("emptyObject", Map.of());
            root.put("nested", Map.of("inner", List.of(List.of(), Map.of("k", true))));

            Object back = StrictJson.parse(Json.write(root));

            Map<String, Object> expected = new LinkedHashMap<>(root);
            expected.put("httpStatus", 503L);
            assertThat(back).isEqualTo(expected);
            assertThat(Cli.map(back).keySet()).containsExactlyElementsOf(root.keySet());
        }

        @Test
        void write_putsAnObjectOfLeavesOnOneLine_andAnObjectWithListsOnSeveral() {
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("date", "2026-12-09");
            slot.put("plage", "MATIN");

            assertThat(Json.write(slot)).isEqualTo("{\"date\": \"2026-12-09\", \"plage\": \"MATIN\"}");
            assertThat(Json.write(Map.of("creneaux", List.of(slot))))
                    .isEqualTo("{\n  \"creneaux\": [\n    {\"date\": \"2026-12-09\", \"plage\": \"MATIN\"}\n  ]\n}");
        }

        @Test
        void write_putsALongListOfStringsOnePerLine() {
            List<String> messages = new ArrayList<>(Arrays.asList("x".repeat(60), "y".repeat(60)));

            assertThat(Json.write(messages)).isEqualTo("[\n  \"" + "x".repeat(60) + "\",\n  \"" + "y".repeat(60)
                    + "\"\n]");
        }

        @Test
        void write_writesOtherObjectsAsStrings() {
            assertThat(StrictJson.parse(Json.write(java.time.LocalDate.of(2026, 12, 9)))).isEqualTo("2026-12-09");
        }
    }
}

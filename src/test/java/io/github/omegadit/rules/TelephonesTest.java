/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephonesTest {

    @Nested
    class Converts {

        @ParameterizedTest(name = "''{0}'' -> {1}")
        @CsvSource(delimiter = '|', value = {
            "0612345678            | 0612345678",
            "06 12 34 56 78        | 0612345678",
            "06.12.34.56.78        | 0612345678",
            "06-12-34-56-78        | 0612345678",
            "(06) 12 34 56 78      | 0612345678",
            "+33 6 12 34 56 78     | 0612345678",
            "+33612345678          | 0612345678",
            "+33 (0)6 12 34 56 78  | 0612345678",
            "0033 6 12 34 56 78    | 0612345678",
            "00 33 1 23 45 67 89   | 0123456789",
            "0032 2 123 45 67      | 003221234567",
        })
        void digitsOnly_whenWrittenForm_givesDigits(String written, String digits) {
            assertThat(Telephones.digitsOnly(written)).isEqualTo(digits);
        }

        @Test
        void digitsOnly_whenNonBreakingSpacesAndTabs_removesThem() {
            assertThat(Telephones.digitsOnly("06\u00a012\u202f34\t56 78")).isEqualTo("0612345678");
        }

        @Test
        void digitsOnly_whenNull_givesNull() {
            assertThat(Telephones.digitsOnly(null)).isNull();
        }
    }

    @Nested
    class Refuses {

        @Test
        void digitsOnly_whenLetters_namesTheCharacterButNotTheNumber() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Telephones.digitsOnly("06 12 AB 56 78"))
                    .withMessageContaining("'A'")
                    .withMessageContaining("position 7")
                    .withMessageContaining("only digits, spaces, dots, dashes, parentheses and a +33/0033 prefix")
                    .withMessageNotContaining("06 12");
        }

        @Test
        void digitsOnly_whenExtension_refuses() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Telephones.digitsOnly("01 23 45 67 89 poste 12"))
                    .withMessageContaining("'p'");
        }

        @Test
        void digitsOnly_whenForeignPlusPrefix_saysOnlyFrenchPrefixesConvert() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Telephones.digitsOnly("+44 20 7946 0958"))
                    .withMessageContaining("'+'")
                    .withMessageContaining("only the French prefixes +33 and 0033 can be converted");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "   ", " - . ( ) "})
        void digitsOnly_whenNoDigit_refuses(String written) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Telephones.digitsOnly(written))
                    .withMessageContaining("no digit");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"+33", "0033", "+33 ( )"})
        void digitsOnly_whenPrefixAlone_refuses(String written) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Telephones.digitsOnly(written))
                    .withMessageContaining("no digit after");
        }

        @Test
        void digitsOnly_whenNonAsciiDigits_refuses() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Telephones.digitsOnly("\u0660\u0666 12 34 56 78"));
        }
    }
}

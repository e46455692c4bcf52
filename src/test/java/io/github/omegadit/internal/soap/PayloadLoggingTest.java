/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadLoggingTest {

    static final String REQUEST = "<ns2:ContactIntervention><ns2:Nom>Martin</ns2:Nom>"
            + "<ns2:Telephone>0612345678</ns2:Telephone><ns2:CodeAcces>A12B</ns2:CodeAcces>"
            + "<ns2:ComplementAdresse>Bâtiment C</ns2:ComplementAdresse></ns2:ContactIntervention>"
            + "<ns2:TelephoneFournisseur>0102030405</ns2:TelephoneFournisseur><ns2:NumeroPCE>GI1</ns2:NumeroPCE>";

    @Test
    void mask_hidesEveryPersonalValue_keepsTheRest() {
        String masked = PayloadLogging.mask(REQUEST);

        assertThat(masked).doesNotContain("Martin", "0612345678", "A12B", "Bâtiment C", "0102030405")
                .contains("<ns2:Nom>****</ns2:Nom>", "<ns2:NumeroPCE>GI1</ns2:NumeroPCE>");
    }

    @ParameterizedTest(name = "cut after {0} characters")
    @ValueSource(ints = {30, 31, 35, 60, 75, 80, 100, 140, 190, 230})
    void mask_ofAPayloadCutAnywhere_neverShowsTheStartOfAValue(int cut) {
        String masked = PayloadLogging.mask(REQUEST.substring(0, cut));

        for (String value : new String[] {"Martin", "0612345678", "A12B", "Bâtiment C", "0102030405"}) {
            for (int len = 2; len <= value.length(); len++) {
                assertThat(masked).doesNotContain(">" + value.substring(0, len));
            }
        }
    }

    @Test
    void mask_emptyElement_staysEmpty() {
        assertThat(PayloadLogging.mask("<Nom></Nom><Nom/>")).isEqualTo("<Nom></Nom><Nom/>");
    }
}

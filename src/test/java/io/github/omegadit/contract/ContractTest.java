/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.internal.generated.ObjectFactory;
import io.github.omegadit.internal.wire.Contract;
import io.github.omegadit.support.ContractValidator;
import jakarta.jws.WebMethod;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class ContractTest {

    static final List<String> OPERATIONS = List.of(
            "VerifierRecevabiliteDIT", "CreerDemandeDIT", "ProposerDatePlage", "AccepterRdv",
            "DemanderPrecSuiv", "AbandonnerRdv", "AbandonnerDemande");

    static Stream<Arguments> validSamples() {
        return OPERATIONS.stream().flatMap(op -> Stream.of(
                Arguments.of(op, "contract/valid/" + op + "-request.xml"),
                Arguments.of(op, "contract/valid/" + op + "-response.xml")));
    }

    static String read(String resource) throws IOException {
        try (InputStream in = ContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void validate(String xml) throws Exception {
        ContractValidator.validate(new InputSource(new java.io.StringReader(xml)));
    }

    @Nested
    class ValidSamples {

        @ParameterizedTest(name = "{1}")
        @MethodSource("io.github.omegadit.contract.ContractTest#validSamples")
        void sample_validatesAgainstXsd(String operation, String resource) throws Exception {
            validate(read(resource));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("io.github.omegadit.contract.ContractTest#validSamples")
        void sample_roundTripsThroughGeneratedTypes(String operation, String resource) throws Exception {
            String original = read(resource);
            JAXBContext context = JAXBContext.newInstance(ObjectFactory.class);
            Object unmarshalled = context.createUnmarshaller()
                    .unmarshal(new StreamSource(new java.io.StringReader(original)));
            assertThat(JAXBIntrospector.getValue(unmarshalled).getClass().getPackageName())
                    .isEqualTo("io.github.omegadit.internal.generated");

            StringWriter out = new StringWriter();
            Marshaller marshaller = context.createMarshaller();
            marshaller.marshal(unmarshalled, out);
            String remarshalled = out.toString();

            validate(remarshalled);
            Diff diff = DiffBuilder.compare(original).withTest(remarshalled)
                    .ignoreWhitespace().ignoreComments().checkForSimilar().build();
            assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
        }
    }

    @Nested
    class InvalidDocuments {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "twenty-five-ListeDatePlage.xml        | ListeDatePlage",
            "TypeRetourDialogue-X.xml              | 'X'",
            "missing-NumeroPCE.xml                 | CodePostal",
            "RdvDemande-Date-not-a-date.xml        | 01/12/2026",
            "RetourSynchroInterventions-four.xml   | RetourSynchroInterventions",
            "TypeDemande-not-DIT.xml               | DMD",
            "MessageRetour-missing.xml             | MessageRetour",
            "PresenceClient-unknown.xml            | XX",
            "OptionExpress-2.xml                   | '2'",
            "TypeIndex-07.xml                      | '07'",
            "ListeDatePlage-and-DateProgrammee.xml | DateProgrammee",
        })
        void document_isRejectedBySchemaValidation(String file, String mentioned) throws Exception {
            String xml = read("contract/invalid/" + file);
            assertThatThrownBy(() -> validate(xml))
                    .isInstanceOf(SAXParseException.class)
                    .hasMessageContaining(mentioned);
        }

        @Test
        void missingNumeroPce_isReportedWhereNumeroPceWasExpected() throws Exception {
            String xml = read("contract/invalid/missing-NumeroPCE.xml");
            assertThatThrownBy(() -> validate(xml)).hasMessageContaining("NumeroPCE");
        }
    }

    @Nested
    class Wsdl {

        @Test
        void wsdl_declaresTheSevenOperations_documentLiteral() throws Exception {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document wsdl;
            try (InputStream in = Contract.resource(Contract.WSDL_RESOURCE).openStream()) {
                wsdl = dbf.newDocumentBuilder().parse(in);
            }
            var xpath = XPathFactory.newInstance().newXPath();
            NodeList ops = (NodeList) xpath.evaluate(
                    "/*[local-name()='definitions']/*[local-name()='portType']/*[local-name()='operation']/@name",
                    wsdl, XPathConstants.NODESET);
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < ops.getLength(); i++) {
                names.add(ops.item(i).getNodeValue());
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(OPERATIONS);
            assertThat(xpath.evaluate("count(//*[local-name()='body'][@use!='literal'])", wsdl)).isEqualTo("0");
            assertThat(xpath.evaluate("//*[local-name()='binding']/*[local-name()='binding']/@style", wsdl))
                    .isEqualTo("document");
            assertThat(xpath.evaluate("namespace-uri(//*[local-name()='binding']/*[local-name()='binding'])", wsdl))
                    .isEqualTo("http://schemas.xmlsoap.org/wsdl/soap/");
        }

        @Test
        void generatedPortType_hasOneMethodPerOperation() {
            List<String> generated = Arrays.stream(CreerDITPortType.class.getMethods())
                    .map(m -> m.getAnnotation(WebMethod.class))
                    .filter(java.util.Objects::nonNull)
                    .map(WebMethod::operationName)
                    .toList();
            assertThat(generated).containsExactlyInAnyOrderElementsOf(OPERATIONS);
        }
    }

}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import com.sun.net.httpserver.HttpServer;
import io.github.omegadit.internal.wire.Contract;
import io.github.omegadit.protocol.Operation;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** HTTP, SOAP and contract behaviour of the server, including hostile input. */
@OmegaSimulatorTest(today = "2026-11-30")
class SoapServerTest {

    static final String WSDL_NS = "https://omegadit.github.io/ns/creerdit/1/wsdl";

    OmegaSimulator sim;
    URI endpoint;

    @BeforeEach
    void setUp(OmegaSimulator sim, URI endpoint) {
        this.sim = sim;
        this.endpoint = endpoint;
    }

    static String envelope(String payload) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + payload
                + "</soap:Body></soap:Envelope>";
    }

    @Nested
    class Endpoint {

        @Test
        void url_isOnLoopbackWithAFreePort() {
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.getPort()).isPositive();
            assertThat(endpoint.getPath()).isEqualTo("/omega/CreerDIT");
            assertThat(sim.port()).isEqualTo(endpoint.getPort());
        }

        @Test
        void answers_areTextXmlUtf8_whateverTheSoapAction() throws Exception {
            HttpResponse<String> r = Soap.HTTP.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", "\"urn:anything-at-all\"")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Payload.verifier(OmegaSimulator.PCE_6M, "75011").envelope()))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).contains("text/xml; charset=UTF-8");
            assertThat(r.body()).contains("Demande recevable");
        }

        @Test
        void payload_mayUsePrefixesDeclaredOnTheEnvelope() {
            String body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:d=\""
                    + Payload.NS + "\"><s:Header><x:Trace xmlns:x=\"urn:x\">1</x:Trace></s:Header><s:Body>"
                    + "<d:RequeteWSVerifierRecevabiliteDIT><d:DNEntreprise>" + OmegaSimulator.DEMO_DN_ENTREPRISE
                    + "</d:DNEntreprise><d:NumeroCAD>GAZ0001</d:NumeroCAD><d:Utilisateur><d:Login>x</d:Login>"
                    + "</d:Utilisateur><d:NumeroVersion>V10</d:NumeroVersion><d:NumeroPCE>GI000004</d:NumeroPCE>"
                    + "</d:RequeteWSVerifierRecevabiliteDIT></s:Body></s:Envelope>";

            Soap.Answer a = Soap.post(endpoint, body);

            assertThat(a.status).isEqualTo(200);
            assertThat(a.codeRetour()).isEqualTo("Message");
        }

        @Test
        void get_onTheEndpoint_saysWhatItIs_andOtherPathsAre404() throws Exception {
            assertThat(Soap.get(endpoint)).contains("OMEGA CreerDIT simulator");
            HttpResponse<String> missing = Soap.HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/nothing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            HttpResponse<String> put = Soap.HTTP.send(HttpRequest.newBuilder(endpoint)
                    .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).isEqualTo(405);
        }

        @Test
        void clientsStalledMidRequest_doNotHoldUpTheOtherCalls() throws Exception {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    Socket s = new Socket(endpoint.getHost(), endpoint.getPort());
                    s.getOutputStream().write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Length: 500\r\n\r\n<soap:Env").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                Soap.Answer a = Soap.call(endpoint, Payload.verifier(OmegaSimulator.PCE_6M, null));

                assertThat(a.codeRetour()).isEqualTo("Message");
                assertThat(Soap.get(sim.adminUrl().resolve("demandes"))).startsWith("{\"demandes\":[");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    @Nested
    class Contract_ {

        @Test
        void wsdl_isServedWithItsAddressRewritten() {
            String wsdl = Soap.get(sim.wsdlUrl());

            assertThat(sim.wsdlUrl().toString()).isEqualTo(endpoint + "?wsdl");
            assertThat(wsdl).contains("<soap:address location=\"" + endpoint + "\"/>")
                    .doesNotContain("localhost:8080");
            Element address = (Element) Soap.parse(wsdl)
                    .getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "address").item(0);
            assertThat(address.getAttribute("location")).isEqualTo(endpoint.toString());
            assertThat(Soap.get(endpoint.resolve("/wsdl/CreerDIT.wsdl"))).isEqualTo(wsdl);
        }

        @Test
        void xsd_isServedWhereTheWsdlsImportResolves() throws Exception {
            Element imp = (Element) Soap.parse(Soap.get(sim.wsdlUrl()))
                    .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "import").item(0);
            URI resolved = sim.wsdlUrl().resolve(imp.getAttribute("schemaLocation"));

            assertThat(resolved).isEqualTo(sim.xsdUrl());
            String xsd = Soap.get(resolved);
            try (InputStream in = Contract.resource(Contract.XSD_RESOURCE).openStream()) {
                assertThat(xsd).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(resolved.toURL());
        }

        @Test
        void aWsdlDrivenJaxWsClient_findsTheEndpointAndTheSchemaThroughTheWsdl() throws Exception {
            Service service = Service.create(sim.wsdlUrl().toURL(), new QName(WSDL_NS, "CreerDITService"));
            Dispatch<Source> dispatch = service.createDispatch(new QName(WSDL_NS, "CreerDITPort"), Source.class,
                    Service.Mode.PAYLOAD);

            Source answer = dispatch.invoke(new StreamSource(new StringReader(
                    Payload.verifier(OmegaSimulator.PCE_JJ, "59000").xml())));

            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(answer, new StreamResult(out));
            assertThat(out.toString()).contains("ReponseWSVerifierRecevabiliteDIT", "Demande recevable");
            assertThat(sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(1);
        }
    }

    @Nested
    class Refused {

        Soap.Answer fault(String body) {
            Soap.Answer a = Soap.post(endpoint, body);
            assertThat(a.status).as("%s", a).isEqualTo(500);
            assertThat(a.contentType).isEqualTo("text/xml; charset=UTF-8");
            assertThat(a.faultCode()).as("%s", a).isNotNull();
            assertThat(sim.calls()).isEmpty();
            return a;
        }

        @Test
        void schemaInvalidRequest_getsAClientFaultNamingTheProblem() {
            Soap.Answer a = fault(Payload.verifier(OmegaSimulator.PCE_6M, null).remove("NumeroPCE").envelope());

            assertThat(a.faultCode()).isEqualTo("soap:Client");
            assertThat(a.faultString()).contains("schema", "NumeroPCE");
        }

        @Test
        void invalidDate_getsAClientFaultNamingTheValue() {
            Soap.Answer a = fault(Payload.accepter("DIT000000001", LocalDate.of(2026, 12, 7), "MATIN")
                    .set("Date", "07/12/2026").envelope());

            assertThat(a.faultCode()).isEqualTo("soap:Client");
            assertThat(a.faultString()).contains("07/12/2026");
        }

        @Test
        void repeatedLastElement_getsAClientFaultNamingIt() {
            String twice = Payload.verifier(OmegaSimulator.PCE_6M, "75011").envelope()
                    .replace("<CodePostal>75011</CodePostal>", "<CodePostal>75011</CodePostal><CodePostal>75011</CodePostal>");

            Soap.Answer a = fault(twice);

            assertThat(a.faultCode()).isEqualTo("soap:Client");
            assertThat(a.faultString()).contains("CodePostal");
        }

        @Test
        void malformedXml_getsAClientFault() {
            Soap.Answer a = fault("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>");

            assertThat(a.faultCode()).isEqualTo("soap:Client");
            assertThat(a.faultString()).contains("malformed");
        }

        @Test
        void soap12Envelope_getsAVersionMismatchFault() {
            Soap.Answer a = fault("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Body/></e:Envelope>");

            assertThat(a.faultCode()).isEqualTo("soap:VersionMismatch");
        }

        @Test
        void bodyWithoutAnOperation_getsAClientFault() {
            assertThat(fault(envelope("<x xmlns=\"urn:other\"/>")).faultString()).contains("unknown operation");
            assertThat(fault(envelope("<ReponseWSCreerDIT xmlns=\"" + Payload.NS + "\"/>")).faultString())
                    .contains("unknown operation");
            assertThat(fault(envelope("")).faultString()).contains("no CreerDIT request");
            assertThat(fault(Payload.verifier(OmegaSimulator.PCE_6M, null).xml()).faultString())
                    .contains("SOAP 1.1 Envelope");
        }

        @Test
        void twoRequestsInOneBody_getAClientFault() {
            String one = Payload.verifier(OmegaSimulator.PCE_6M, null).xml();

            assertThat(fault(envelope(one + one)).faultString()).contains("exactly one element");
        }

        @Test
        void oversizedBody_isRefusedWith413() {
            String big = envelope("<!-- " + "x".repeat(1_100_000) + " -->"
                    + Payload.verifier(OmegaSimulator.PCE_6M, null).xml());

            Soap.Answer a = Soap.post(endpoint, big);

            assertThat(a.status).isEqualTo(413);
            assertThat(a.faultString()).contains("1048576");
        }

        @Test
        void doctypeWithAnExternalEntity_isRefusedWithoutFetchingIt(@TempDir Path dir) throws Exception {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
            AtomicInteger hits = new AtomicInteger();
            HttpServer bait = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            bait.createContext("/", ex -> {
                hits.incrementAndGet();
                ex.sendResponseHeaders(200, -1);
                ex.close();
            });
            bait.start();
            try {
                for (String systemId : new String[] {secret.toUri().toString(),
                        "http://127.0.0.1:" + bait.getAddress().getPort() + "/entity"}) {
                    String body = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \""
                            + systemId + "\">]>" + Payload.verifier("GI000001", null).envelope()
                                    .replace("<NumeroPCE>GI000001</NumeroPCE>", "<NumeroPCE>&xxe;</NumeroPCE>");

                    Soap.Answer a = fault(body);

                    assertThat(a.faultCode()).isEqualTo("soap:Client");
                    assertThat(a.faultString()).contains("DOCTYPE");
                    assertThat(a.body).doesNotContain("TOP-SECRET-MARKER");
                }
                assertThat(hits).hasValue(0);
            } finally {
                bait.stop(0);
            }
        }

        @Test
        void entityExpansionBomb_isRefusedAtTheDoctype() {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE soap:Envelope [<!ENTITY a \"aaaaaaaaaa\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY a").append(i).append(" \"")
                        .append(("&a" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
            }
            dtd.append("]>");
            String body = dtd + Payload.verifier("GI000001", null).envelope()
                    .replace("<NumeroPCE>GI000001</NumeroPCE>", "<NumeroPCE>&a9;</NumeroPCE>");

            assertThat(fault(body).faultString()).contains("DOCTYPE");
        }
    }
}

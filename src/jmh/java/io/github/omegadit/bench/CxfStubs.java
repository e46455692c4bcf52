/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.internal.generated.CreerDITService;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * The two ways an integrator gets the generated stub without omega-dit: the fastest reasonable one (a
 * {@link JaxWsProxyFactoryBean} on its own bus, no WSDL, HTTP/1.1 and no chunking as DitClient does) and the typical
 * one ({@code new CreerDITService(wsdlUrl).getCreerDITPort()}, CXF's defaults).
 *
 * <p>Knobs for the CXF experiments, as system properties read when a stub is built: {@code bench.cxf.chunking}
 * (default {@code false}), {@code bench.cxf.version} (default {@code 1.1}; {@code auto} leaves CXF's default),
 * {@code bench.cxf.urlconnection} (default {@code false}: CXF's own per-message switch to the
 * {@code HttpURLConnection} conduit), {@code bench.cxf.asDitClient} (default {@code false}: add DitClient's own
 * CXF properties, the StAX limits and a thread-local request context; {@code bench.cxf.staxLimits} and
 * {@code bench.cxf.threadLocalContext} add one of them). They apply to the fast stub only; DitClient
 * and the typical stub are left as they are.
 */
public final class CxfStubs {

    private CxfStubs() {}

    /** A stub and what must be released with it. */
    public record Stub(CreerDITPortType port, Bus ownBus) implements AutoCloseable {
        @Override
        public void close() {
            Client client = ClientProxy.getClient(port);
            try {
                client.destroy();
            } finally {
                if (ownBus != null) {
                    ownBus.shutdown(true);
                }
            }
        }
    }

    /** The fastest reasonable plain-CXF stub: no WSDL, its own bus, the same HTTP policy as DitClient. */
    public static Stub fast(URI endpoint) {
        Bus bus = BusFactory.newInstance().createBus();
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(CreerDITPortType.class);
        factory.setAddress(endpoint.toString());
        Map<String, Object> props = new HashMap<>();
        String version = System.getProperty("bench.cxf.version", "1.1");
        if (!"auto".equals(version)) {
            props.put("org.apache.cxf.transport.http.forceVersion", version);
        }
        if (Boolean.getBoolean("bench.cxf.urlconnection")) {
            props.put("force.urlconnection.http.conduit", Boolean.TRUE);
        }
        boolean asDitClient = Boolean.getBoolean("bench.cxf.asDitClient");
        if (asDitClient || Boolean.getBoolean("bench.cxf.staxLimits")) {
            // DitClient's own CXF settings (SoapGateway): StAX limits on every answer
            props.put("org.apache.cxf.stax.maxChildElements", 1_000);
            props.put("org.apache.cxf.stax.maxElementDepth", 32);
            props.put("org.apache.cxf.stax.maxAttributeCount", 32);
            props.put("org.apache.cxf.stax.maxAttributeSize", 16 * 1024);
            props.put("org.apache.cxf.stax.maxTextLength", 64 * 1024);
            props.put("org.apache.cxf.stax.maxElementCount", 20_000);
            props.put("org.apache.cxf.stax.maxXMLCharacters", 4L * 1024 * 1024);
        }
        if (asDitClient || Boolean.getBoolean("bench.cxf.threadLocalContext")) {
            // and a request context per thread
            props.put("thread.local.request.context", "true");
        }
        factory.setProperties(props);
        CreerDITPortType port = factory.create(CreerDITPortType.class);
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(10_000);
        policy.setReceiveTimeout(60_000);
        policy.setAllowChunking(Boolean.getBoolean("bench.cxf.chunking"));
        policy.setAutoRedirect(false);
        policy.setMaxRetransmits(0);
        if (!"auto".equals(version)) {
            policy.setVersion(version);
        }
        conduit.setClient(policy);
        return new Stub(port, bus);
    }

    /** The typical integrator's stub: the generated service over the bundled WSDL, CXF's default bus and policy. */
    public static Stub typical(URI endpoint) {
        URL wsdl = CxfStubs.class.getClassLoader().getResource("io/github/omegadit/contract/wsdl/CreerDIT.wsdl");
        if (wsdl == null) {
            throw new IllegalStateException("the WSDL is not on the class path");
        }
        CreerDITPortType port = new CreerDITService(wsdl).getCreerDITPort();
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                endpoint.toString());
        return new Stub(port, null);
    }
}

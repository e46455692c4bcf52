/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.internal.wire.PortCalls;
import io.github.omegadit.internal.wire.Request;
import jakarta.xml.ws.BindingProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPConduitFactory;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * One CXF proxy per client, shared by all threads, and the translation of each call. Calls go through
 * {@link CallRunner}, which adds the deadline, the rate limit, retries and the MDC; the proxy's conduit is ours
 * ({@link LaneConduit}, registered on the client's own bus), on connections whose idle time is bounded
 * ({@link ConnectionLanes}).
 */
public final class SoapGateway implements AutoCloseable {

    /** StAX limits on every answer read (CVE-2026-108039: CXF 4.2.3 sets none for elements or characters). */
    static final Map<String, Object> STAX_LIMITS = Map.of(
            "org.apache.cxf.stax.maxChildElements", 1_000,
            "org.apache.cxf.stax.maxElementDepth", 32,
            "org.apache.cxf.stax.maxAttributeCount", 32,
            "org.apache.cxf.stax.maxAttributeSize", 16 * 1024,
            "org.apache.cxf.stax.maxTextLength", 64 * 1024,
            "org.apache.cxf.stax.maxElementCount", 20_000,
            "org.apache.cxf.stax.maxXMLCharacters", 4L * 1024 * 1024);

    /** Tells CXF not to log a fault: {@code false} means "no default logging". */
    private static final FaultListener SILENT_FAULTS = (exception, description, message) -> false;

    private final Bus bus;
    private final CreerDITPortType port;
    private final Client cxfClient;
    private final CallRunner runner;
    private final ConnectionLanes lanes;

    /** Builds the proxy and its conduit; nothing is sent. */
    public SoapGateway(GatewaySettings settings) {
        this.bus = BusFactory.newInstance().createBus();
        // CXF logs every failed exchange at WARN with a stack trace (PhaseInterceptorChain), and the SDK returns the
        // same failure typed: the SDK's own line is enough (CallRunner). Only this client's bus: other CXF users in
        // the application keep their logs.
        bus.setProperty(FaultListener.class.getName(), SILENT_FAULTS);
        this.lanes = new ConnectionLanes(settings.connectTimeout(), settings.connectionMaxIdle(),
                "https".equalsIgnoreCase(settings.endpoint().getScheme()), settings.keyManagers(),
                settings.trustManagers());
        bus.setExtension(LaneConduit.factory(lanes, settings.maxResponseBytes()), HTTPConduitFactory.class);
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(CreerDITPortType.class);
        factory.setAddress(settings.endpoint().toString());
        Map<String, Object> props = new HashMap<>(STAX_LIMITS);
        props.put("thread.local.request.context", "true");
        props.put("org.apache.cxf.transport.http.forceVersion", "1.1");
        factory.setProperties(props);
        factory.getInInterceptors().add(new ResponseGuardInterceptor(settings.maxResponseBytes()));
        if (settings.messageLogging()) {
            factory.getOutInterceptors().add(PayloadLogging.out());
            factory.getInInterceptors().add(PayloadLogging.in());
        }
        this.port = factory.create(CreerDITPortType.class);
        this.cxfClient = ClientProxy.getClient(port);

        HTTPConduit conduit = (HTTPConduit) cxfClient.getConduit();
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        policy.setAutoRedirect(false);
        policy.setMaxRetransmits(0);
        policy.setVersion("1.1");
        conduit.setClient(policy);
        this.runner = new CallRunner(settings);
    }

    /** VerifierRecevabiliteDIT. */
    public RecevabiliteReponse verifierRecevabilite(Request.Verifier r) {
        return call(r, null, p -> PortCalls.verifier(p, r));
    }

    /**
     * CreerDemandeDIT. Throws {@link DitServiceException} on a transport failure; the caller decides what a failure
     * that may have reached OMEGA means.
     */
    public CreationReponse creerDemande(Request.Creer r) {
        return call(r, r.demande().referenceDemande(), p -> PortCalls.creer(p, r));
    }

    /** ProposerDatePlage. */
    public RdvReponse proposerDatePlage(Request.Proposer r) {
        return call(r, null, p -> PortCalls.proposer(p, r));
    }

    /** DemanderPrecSuiv. */
    public RdvReponse demanderPrecSuiv(Request.PrecSuiv r) {
        return call(r, null, p -> PortCalls.precSuiv(p, r));
    }

    /** AccepterRdv. */
    public RdvReponse accepterRdv(Request.Accepter r) {
        return call(r, null, p -> PortCalls.accepter(p, r));
    }

    /** AbandonnerRdv. */
    public AbandonReponse abandonnerRdv(Request.AbandonnerRdv r) {
        return call(r, null, p -> PortCalls.abandonnerRdv(p, r));
    }

    /** AbandonnerDemande. */
    public AbandonReponse abandonnerDemande(Request.AbandonnerDemande r) {
        return call(r, null, p -> PortCalls.abandonnerDemande(p, r));
    }

    private <T> T call(Request request, String referenceDemande, Function<CreerDITPortType, T> body) {
        return runner.run(request.operation(), request.numeroDemande(), referenceDemande, () -> body.apply(port));
    }

    /** Releases the connection pool and the CXF bus. Calls under way fail. */
    @Override
    public void close() {
        runner.close();
        try {
            cxfClient.destroy();
        } finally {
            lanes.close();
            bus.shutdown(true);
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional SOAP payload logging (off by default) with personal data masked. Masking runs on the captured text
 * before it is shortened for the log, and an element cut off by the capture limit is masked to the end, so a
 * truncated payload never shows the beginning of a telephone number.
 */
public final class PayloadLogging {

    /** The logger payloads go to, at INFO. */
    static final Logger LOG = LoggerFactory.getLogger("io.github.omegadit.payload");

    /** Elements whose text is personal data (ContactIntervention and the supplier's telephone). */
    private static final Pattern SENSITIVE = Pattern.compile(
            "(<(?:[A-Za-z0-9_.-]+:)?(?:Nom|Telephone|CodeAcces|ComplementAdresse|TelephoneFournisseur)(?:\\s[^>]*)?>)"
                    + "([^<]*)");
    private static final String MASK = "****";
    /** Bytes kept for masking; larger payloads are logged up to this point. */
    private static final int CAPTURE_LIMIT = 64 * 1024;
    /** Characters written to the log. */
    private static final int LOG_LIMIT = 8 * 1024;

    private PayloadLogging() {}

    static AbstractPhaseInterceptor<Message> out() {
        return new AbstractPhaseInterceptor<>(Phase.PRE_STREAM) {
            @Override
            public void handleMessage(Message message) {
                OutputStream os = message.getContent(OutputStream.class);
                if (os != null) {
                    message.setContent(OutputStream.class, new Tee(os));
                }
            }
        };
    }

    static AbstractPhaseInterceptor<Message> in() {
        return new AbstractPhaseInterceptor<>(Phase.RECEIVE) {
            {
                addAfter(ResponseGuardInterceptor.class.getName());
            }

            @Override
            public void handleMessage(Message message) {
                InputStream in = message.getContent(InputStream.class);
                if (in == null) {
                    return;
                }
                try {
                    byte[] body = in.readAllBytes();
                    log("answer", body, body.length);
                    message.setContent(InputStream.class, new ByteArrayInputStream(body));
                } catch (IOException e) {
                    throw new org.apache.cxf.interceptor.Fault(e);
                }
            }
        };
    }

    /**
     * Masks personal data in {@code xml}; an element left open at the end is masked to the end. Public for the
     * homologation report and the simulator's recordings, which keep the exchanged XML with the same masking.
     */
    public static String mask(String xml) {
        Matcher m = SENSITIVE.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (m.group(2).isEmpty() ? "" : MASK)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void log(String what, byte[] captured, long total) {
        String text = mask(new String(captured, 0, Math.min(captured.length, CAPTURE_LIMIT),
                StandardCharsets.UTF_8));
        boolean cut = total > CAPTURE_LIMIT || text.length() > LOG_LIMIT;
        if (text.length() > LOG_LIMIT) {
            text = text.substring(0, LOG_LIMIT);
        }
        LOG.info("OMEGA {} ({} bytes{}): {}", what, total, cut ? ", truncated" : "", text);
    }

    /** Writes through and keeps the first {@link #CAPTURE_LIMIT} bytes for the log. */
    private static final class Tee extends FilterOutputStream {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private long total;
        private boolean logged;

        Tee(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            total += len;
            int room = CAPTURE_LIMIT - copy.size();
            if (room > 0) {
                copy.write(b, off, Math.min(room, len));
            }
        }

        @Override
        public void close() throws IOException {
            if (!logged) {
                logged = true;
                log("request", copy.toByteArray(), total);
            }
            super.close();
        }
    }
}

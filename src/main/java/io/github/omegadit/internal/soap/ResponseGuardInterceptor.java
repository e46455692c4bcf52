package io.github.omegadit.internal.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * First look at every answer: records its HTTP status and content type for failure reports, and caps its size so a
 * huge or endless body is refused after {@code maxBytes} with bounded memory.
 */
final class ResponseGuardInterceptor extends AbstractPhaseInterceptor<Message> {

    private final long maxBytes;

    ResponseGuardInterceptor(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        Object code = message.get(Message.RESPONSE_CODE);
        if (code instanceof Integer status) {
            CallRunner.HTTP_STATUS.get()[0] = status;
        }
        Object type = message.get(Message.CONTENT_TYPE);
        CallRunner.CONTENT_TYPE.get()[0] = type == null ? null : type.toString();
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Capped(in, maxBytes));
        }
    }

    /** Fails the read once more than {@code max} bytes came. */
    static final class Capped extends FilterInputStream {
        private final long max;
        private long count;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ResponseLimitException {
            count += n;
            if (count > max) {
                throw new ResponseLimitException("answer larger than " + max + " bytes refused");
            }
        }
    }
}

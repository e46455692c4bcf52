/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Captures every log event of the {@code io.github.omegadit} loggers (and CXF's) while open. */
public final class LogCapture implements AutoCloseable {

    /** Keeps each event with its MDC and message as they were when logged (the MDC is cleared after a call). */
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent e) {
            e.prepareForDeferredProcessing();
            super.append(e);
        }
    };
    private final List<Logger> loggers;
    private final List<Level> previous;
    private final List<Boolean> previousAdditivity;

    private LogCapture(List<Logger> loggers) {
        this.loggers = loggers;
        this.previous = loggers.stream().map(Logger::getLevel).collect(Collectors.toList());
        this.previousAdditivity = loggers.stream().map(Logger::isAdditive).collect(Collectors.toList());
        appender.start();
        for (Logger l : loggers) {
            l.addAppender(appender);
            l.setLevel(Level.DEBUG);
            // captured, not printed: CXF at DEBUG writes thousands of lines per call to the console
            l.setAdditive(false);
        }
    }

    /** Starts capturing at DEBUG. */
    public static LogCapture start() {
        return new LogCapture(List.of((Logger) LoggerFactory.getLogger("io.github.omegadit"),
                (Logger) LoggerFactory.getLogger("org.apache.cxf")));
    }

    /** Every captured event. */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Every captured line: message, MDC and exception text. */
    public String all() {
        return appender.list.stream().map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).detachAppender(appender);
            loggers.get(i).setLevel(previous.get(i));
            loggers.get(i).setAdditive(previousAdditivity.get(i));
        }
        appender.stop();
    }
}

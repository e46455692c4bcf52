/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import java.io.PrintStream;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of the command-line process: the library's warnings (rule warnings in warn-only mode, a client
 * certificate about to expire, https without a client certificate) go to the error stream as
 * {@code omega-dit: warning: ...}; lower levels, and other libraries' logs (CXF logs every transport failure the
 * command reports anyway), are dropped. {@link Main#main} selects it through the
 * {@code slf4j.provider} system property only when no other binding is on the class path; it is never registered as a
 * service, so the library's users keep their own logging. Public only because SLF4J instantiates it reflectively.
 */
public final class CliLoggingProvider implements SLF4JServiceProvider {

    private static volatile PrintStream sink = System.err;

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ILoggerFactory factory = WarningLogger::new;

    /** Created by SLF4J. */
    public CliLoggingProvider() {}

    /** Where the warnings go (the process's error stream, set by {@link Main#main}). */
    static void sink(PrintStream err) {
        sink = err;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    /** A logger that prints WARN and ERROR of the library's loggers. */
    private static final class WarningLogger extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;
        private final boolean library;

        WarningLogger(String name) {
            this.name = name;
            this.library = name.startsWith("io.github.omegadit");
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return library;
        }

        @Override
        public boolean isErrorEnabled() {
            return library;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                Throwable t) {
            String text = MessageFormatter.basicArrayFormat(pattern, args);
            PrintStream out = sink;
            out.println("omega-dit: " + (level == Level.ERROR ? "error" : "warning") + ": " + text
                    + (t == null ? "" : " (" + t + ")"));
        }
    }
}

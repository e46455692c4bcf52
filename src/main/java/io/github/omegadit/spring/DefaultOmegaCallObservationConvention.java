/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.CallEvent;
import io.micrometer.common.KeyValues;
import java.util.Locale;

/**
 * The observation {@value #NAME} (a timer {@code omega.dit.call} with Boot's metrics, a span
 * {@code omega creer-demande-dit} with its tracing bridge). Low-cardinality tags, on the timer: {@code operation} (the WSDL
 * name, {@code CreerDemandeDIT}), {@code outcome} ({@link CallEvent#outcome()}: {@code T/DmdOkDP},
 * {@code A/DmdKo}, {@code RECEIVE_TIMEOUT}...) and {@code retried} ({@code true} when an attempt failed and was
 * retried); Micrometer adds {@code error}. High-cardinality ones, on the span only: {@code omega.numero-demande},
 * {@code omega.reference-demande}, {@code omega.attempts}.
 */
public class DefaultOmegaCallObservationConvention implements OmegaCallObservationConvention {

    /** The observation's name. */
    public static final String NAME = "omega.dit.call";

    /** The convention. */
    public DefaultOmegaCallObservationConvention() {}

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(OmegaCallContext context) {
        // lower case already: tracing bridges turn camel case into kebab case ("-creer-demande-d-i-t")
        return "omega " + context.operation().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(OmegaCallContext context) {
        KeyValues values = KeyValues.of("operation", context.operation().wsdlName());
        CallEvent e = context.event();
        return e == null ? values : values.and("outcome", e.outcome(), "retried", Boolean.toString(e.retried()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(OmegaCallContext context) {
        CallEvent e = context.event();
        if (e == null) {
            return KeyValues.empty();
        }
        KeyValues values = KeyValues.of("omega.attempts", Integer.toString(e.attempts()));
        if (e.numeroDemande() != null) {
            values = values.and("omega.numero-demande", e.numeroDemande());
        }
        if (e.referenceDemande() != null) {
            values = values.and("omega.reference-demande", e.referenceDemande());
        }
        return values;
    }
}

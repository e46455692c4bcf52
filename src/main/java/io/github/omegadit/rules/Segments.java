/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.request.Segment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which Annexe B segments a request may concern, for the rules that depend on the segment (R5, R6, R8). */
final class Segments {

    private static final Set<Segment> SIX_M_OR_ONE_M = EnumSet.of(Segment.SIX_M, Segment.SIX_M_TLRV_1M);

    private Segments() {}

    /**
     * The segment the caller stated; otherwise the segments holding the code, narrowed by the segments every known
     * code of the receivability answer shares (a PCE has one segment, and OMEGA only offers codes of that segment).
     * Empty when nothing is known: the rules do not guess.
     */
    static Set<Segment> inQuestion(String code, Segment stated, RuleContext context) {
        if (stated != null) {
            return EnumSet.of(stated);
        }
        Set<Segment> ofCode = context.catalogue().segmentsOf(code);
        Set<Segment> ofAnswer = sharedByReceivability(context);
        if (ofCode.isEmpty() || ofAnswer.isEmpty()) {
            return ofCode.isEmpty() ? ofAnswer : ofCode;
        }
        EnumSet<Segment> both = EnumSet.copyOf(ofCode);
        both.retainAll(ofAnswer);
        // a catalogue out of step with OMEGA can make them disjoint: then the code alone decides
        return both.isEmpty() ? ofCode : both;
    }

    private static Set<Segment> sharedByReceivability(RuleContext context) {
        List<InterventionPossible> answer = context.interventionsRecevables();
        if (answer == null) {
            return Set.of();
        }
        EnumSet<Segment> shared = null;
        for (InterventionPossible possible : answer) {
            Set<Segment> of = context.catalogue().segmentsOf(possible.codeIntervention());
            if (of.isEmpty()) {
                continue;
            }
            if (shared == null) {
                shared = EnumSet.copyOf(of);
            } else {
                shared.retainAll(of);
            }
        }
        return shared == null ? Set.of() : shared;
    }

    /** True when every segment is 6M or 1M (and there is at least one). */
    static boolean allSixMOrOneM(Set<Segment> segments) {
        return !segments.isEmpty() && SIX_M_OR_ONE_M.containsAll(segments);
    }
}

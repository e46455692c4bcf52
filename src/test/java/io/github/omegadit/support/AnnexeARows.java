/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.protocol.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every (row, call) pair of Annexe A, for the tests that go through each. */
public final class AnnexeARows {

    private AnnexeARows() {}

    /** {@code @MethodSource("io.github.omegadit.support.AnnexeARows#rowsAndCalls")}: (AnnexeA, Operation) pairs. */
    public static Stream<Arguments> rowsAndCalls() {
        List<Arguments> out = new ArrayList<>();
        for (AnnexeA row : AnnexeA.values()) {
            for (Operation op : row.operations()) {
                out.add(Arguments.of(row, op));
            }
        }
        return out.stream();
    }
}

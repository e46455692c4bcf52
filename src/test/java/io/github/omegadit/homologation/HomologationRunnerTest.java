package io.github.omegadit.homologation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.homologation.HomologationReport.CaseResult;
import io.github.omegadit.homologation.HomologationReport.Verdict;
import io.github.omegadit.simulator.OmegaSimulator;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled catalogue on the simulator, through the library's runner. */
class HomologationRunnerTest {

    static OmegaSimulator sim;
    static HomologationReport report;

    @BeforeAll
    static void run() {
        sim = OmegaSimulator.builder().today(LocalDate.of(2026, 11, 30)).workerThreads(2).build().start();
        report = HomologationRunner.builder().cases(HomologationCases.bundled()).simulator(sim).build().run();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void everyBundledCase_passesOnTheSimulator() {
        String failures = report.results().stream().filter(r -> r.verdict() != Verdict.PASSED)
                .map(HomologationRunnerTest::describe).collect(Collectors.joining("\n"));
        assertThat(failures).isEmpty();
        assertThat(report.count(Verdict.PASSED)).isEqualTo(HomologationCases.bundled().cases().size());
    }

    static String describe(CaseResult r) {
        return r.id() + " " + r.verdict() + " " + r.note() + " " + r.calls().stream()
                .map(c -> c.operation() + " -> " + c.answer() + " " + c.differences()).toList();
    }
}

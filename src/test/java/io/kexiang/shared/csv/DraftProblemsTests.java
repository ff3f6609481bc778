package io.kexiang.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftProblemsTests {

    @Test
    void aFieldIsReportedOnceWithItsFirstProblem() {
        DraftProblems problems = new DraftProblems();

        problems.add(0, "tier", "GOLD", "must be one of AAA, AA, A, B");
        problems.add(0, "tier", null, "must not be null");
        problems.add(1, "tier", null, "must not be null");

        assertThat(problems.asFields()).extracting(problem -> problem.reason())
                .containsExactly("must be one of AAA, AA, A, B", "must not be null");
    }
}

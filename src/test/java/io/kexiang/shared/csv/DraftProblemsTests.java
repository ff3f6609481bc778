package io.kexiang.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.shared.Text;
import org.junit.jupiter.api.Test;

class DraftProblemsTests {

    @Test
    void aFieldIsReportedOnceWithItsFirstProblem() {
        DraftProblems problems = new DraftProblems();

        problems.add(0, "tier", "GOLD", Text.of("problem.oneOf", "AAA, AA, A, B"));
        problems.add(0, "tier", null, Text.of("problem.required"));
        problems.add(1, "tier", null, Text.of("problem.required"));

        assertThat(problems.asFields()).extracting(problem -> problem.reason().code())
                .containsExactly("problem.oneOf", "problem.required");
    }
}

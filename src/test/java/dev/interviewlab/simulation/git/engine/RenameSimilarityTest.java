package dev.interviewlab.simulation.git.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RenameSimilarityTest {

    @ParameterizedTest(name = "{0} -> {1}: rename {2}")
    @CsvSource({
        "'one\ntwo\nthree\nfour\n', 'one\ntwo\nthree\nfour\n', true",
        "'one\ntwo\nthree\nfour\n', 'one\ntwo\nthree\nFOUR\n', true",
        "'one\ntwo\nthree\nfour\n', 'alpha\nbeta\n', false",
        "'a\n', 'a much longer file that has little in common\n', false",
    })
    void pairsFilesAtHalfSimilarOrMore(String source, String destination, boolean rename) {
        assertThat(RenameSimilarity.isRename(source, destination)).isEqualTo(rename);
    }
}

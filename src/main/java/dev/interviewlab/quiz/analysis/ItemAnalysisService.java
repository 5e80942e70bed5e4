package dev.interviewlab.quiz.analysis;

import dev.interviewlab.quiz.attempt.AttemptQuestionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item analysis from the finished attempts in the database. As Moodle does by default, each learner
 * counts once per item, with the first finished attempt that drew it: later attempts build on the
 * feedback of earlier ones. One query reads the scored answers; the figures are computed in memory.
 */
@Service
@Transactional(readOnly = true)
public class ItemAnalysisService {

    private final AttemptQuestionRepository answers;

    public ItemAnalysisService(AttemptQuestionRepository answers) {
        this.answers = answers;
    }

    /** Statistics of every item that finished attempts drew, by item key; items never drawn are absent. */
    public Map<String, ItemStatistics> all() {
        return analyse(answers.findScoredAnswers());
    }

    public ItemStatistics of(String itemKey) {
        return analyse(answers.findScoredAnswers(itemKey)).getOrDefault(itemKey, ItemStatistics.none());
    }

    /** Rows as {@link AttemptQuestionRepository#findScoredAnswers()} returns them, oldest attempt first. */
    static Map<String, ItemStatistics> analyse(List<Object[]> rows) {
        Map<String, List<ItemObservation>> byItem = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Object[] row : rows) {
            String key = (String) row[0];
            // the owner's first attempt with this item only
            if (!seen.add(key + '\u0000' + row[4] + '\u0000' + row[5])) {
                continue;
            }
            int itemPoints = ((Number) row[1]).intValue();
            int score = ((Number) row[2]).intValue();
            int questions = ((Number) row[3]).intValue();
            byItem.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new ItemObservation(itemPoints, score - itemPoints, questions - 1));
        }
        Map<String, ItemStatistics> statistics = new HashMap<>();
        byItem.forEach((key, observations) -> statistics.put(key, ItemAnalysis.of(observations)));
        return statistics;
    }
}

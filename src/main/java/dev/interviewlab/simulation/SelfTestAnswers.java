package dev.interviewlab.simulation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The "test yourself" answers a result page was sent: the request parameters named by its questions. */
public final class SelfTestAnswers {

    private SelfTestAnswers() {
    }

    /** The parameters among {@code fields} that were sent (a question left unanswered is absent). */
    public static Map<String, String> from(Map<String, String> parameters, Collection<String> fields) {
        Map<String, String> answers = new HashMap<>();
        for (String field : fields) {
            if (parameters.get(field) != null) {
                answers.put(field, parameters.get(field));
            }
        }
        return answers;
    }
}

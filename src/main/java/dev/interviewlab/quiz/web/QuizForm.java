package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.QuizRequest;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The quiz form; also the hidden fields of every named-quiz button. Checked by
 * {@link dev.interviewlab.quiz.attempt.QuizSettings}. The numbers are kept as typed, so a refused
 * form shows exactly what the learner entered.
 */
public class QuizForm {

    private List<String> categories = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private String difficulty = "any";
    private String count = "10";
    private String minutes = "8";
    private boolean practice;
    private boolean sequential;

    /** @throws InvalidInputException when a number is not a whole number */
    QuizRequest toRequest() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer questions = number(count, "count", problems);
        Integer limit = practice ? null : number(minutes, "minutes", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new QuizRequest(categories, topics, difficulty, questions, limit, practice, sequential);
    }

    private static Integer number(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "typeMismatch.quizForm." + field));
            return null;
        }
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public boolean isPractice() {
        return practice;
    }

    public void setPractice(boolean practice) {
        this.practice = practice;
    }

    public boolean isSequential() {
        return sequential;
    }

    public void setSequential(boolean sequential) {
        this.sequential = sequential;
    }
}

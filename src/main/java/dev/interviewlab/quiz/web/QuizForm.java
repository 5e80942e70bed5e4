package dev.interviewlab.quiz.web;

import dev.interviewlab.quiz.attempt.QuizRequest;

import java.util.ArrayList;
import java.util.List;

/** The quiz form; also the hidden fields of every named-quiz button. Checked by {@link dev.interviewlab.quiz.attempt.QuizSettings}. */
public class QuizForm {

    private List<String> categories = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private String difficulty = "any";
    private Integer count = 10;
    private Integer minutes = 8;
    private boolean practice;
    private boolean sequential;

    QuizRequest toRequest() {
        return new QuizRequest(categories, topics, difficulty, count, minutes, practice, sequential);
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

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
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

package dev.interviewlab.quiz.attempt;

public enum AttemptStatus {
    OPEN, FINISHED
}

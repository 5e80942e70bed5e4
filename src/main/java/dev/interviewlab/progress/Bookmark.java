package dev.interviewlab.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A topic a learner wants to come back to. One per account and topic. */
@Entity
@Table(name = "bookmark")
class Bookmark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private long topicId;

    private Instant createdAt;

    protected Bookmark() {
    }

    Bookmark(long accountId, long topicId, Instant createdAt) {
        this.accountId = accountId;
        this.topicId = topicId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }
}

package dev.interviewlab.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A learner's mark that they have read a topic. One per account and topic. */
@Entity
@Table(name = "topic_read")
class TopicRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private long topicId;

    private Instant readAt;

    protected TopicRead() {
    }

    TopicRead(long accountId, long topicId, Instant readAt) {
        this.accountId = accountId;
        this.topicId = topicId;
        this.readAt = readAt;
    }
}

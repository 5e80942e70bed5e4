package dev.interviewlab.quiz;

import dev.interviewlab.quiz.bank.BankChangedEvent;
import dev.interviewlab.quiz.bank.QuizItem;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the quizzes hold of one topic, for the editor that deletes it: how many items and past
 * attempts use it, and retiring its items when it goes. Items are retired, never deleted, because
 * past attempts point at them and their results must still render.
 */
@Service
@Transactional(readOnly = true)
public class TopicQuizzes {

    /** @param items    every item on the topic, retired or not
     *  @param drawable the items new quizzes can still draw
     *  @param attempts attempts (of anyone) that drew at least one item on the topic */
    public record Usage(long items, long drawable, long attempts) {
    }

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TopicQuizzes(EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    public Usage usage(String topicSlug) {
        Object[] items = entityManager.createQuery("""
                        select count(i), coalesce(sum(case when i.retired = false then 1 else 0 end), 0)
                        from QuizItem i where i.topicSlug = :slug""", Object[].class)
                .setParameter("slug", topicSlug).getSingleResult();
        long attempts = entityManager.createQuery("""
                        select count(distinct q.attempt.id) from AttemptQuestion q
                        where q.item.topicSlug = :slug""", Long.class)
                .setParameter("slug", topicSlug).getSingleResult();
        return new Usage(((Number) items[0]).longValue(), ((Number) items[1]).longValue(), attempts);
    }

    /**
     * Retires every item on the topic and marks it changed in the site, so the bank loader keeps it
     * retired after a restart. Runs in the caller's transaction (the topic's deletion).
     *
     * @return how many items were retired now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int retireAll(String topicSlug) {
        Instant now = clock.instant();
        List<QuizItem> items = entityManager.createQuery(
                        "select i from QuizItem i where i.topicSlug = :slug and i.retired = false", QuizItem.class)
                .setParameter("slug", topicSlug).getResultList();
        for (QuizItem item : items) {
            item.retire(now);
            item.markEditedInSite(now);
        }
        if (!items.isEmpty()) {
            events.publishEvent(new BankChangedEvent());
        }
        return items.size();
    }
}

package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuizItem;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One drawn item in an attempt: its position, this attempt's option order, and the learner's answer. */
@Entity
@Table(name = "quiz_attempt_question")
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private Attempt attempt;

    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private QuizItem item;

    /**
     * The item's type when drawn: the answer is read and decoded by it, so saving an answer loads no item.
     * An edit in the site keeps an item's type ({@link QuizItem#editInSite}).
     */
    @Enumerated(EnumType.STRING)
    private ItemType itemType;

    private String topicSlug;

    private String categorySlug;

    private String optionOrder;

    private String response;

    private Instant answeredAt;

    private boolean flagged;

    private Integer pointsMillis;

    protected AttemptQuestion() {
    }

    AttemptQuestion(Attempt attempt, int position, QuizItem item, String categorySlug, List<String> optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.item = item;
        this.itemType = item.getType();
        this.topicSlug = item.getTopicSlug();
        this.categorySlug = categorySlug;
        this.optionOrder = String.join(",", optionOrder);
    }

    void answer(Response answer, Instant now) {
        this.response = answer == null ? null : answer.encode();
        this.answeredAt = answer == null ? null : now;
    }

    void flag(boolean flagged) {
        this.flagged = flagged;
    }

    void score(int pointsMillis) {
        this.pointsMillis = pointsMillis;
    }

    public Response response() {
        return Response.decode(itemType, response);
    }

    public List<String> optionOrder() {
        return optionOrder.isEmpty() ? List.of() : Arrays.asList(optionOrder.split(","));
    }

    public boolean isAnswered() {
        return response != null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuizItem getItem() {
        return item;
    }

    public ItemType getItemType() {
        return itemType;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Integer getPointsMillis() {
        return pointsMillis;
    }
}

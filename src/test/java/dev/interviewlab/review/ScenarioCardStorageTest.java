package dev.interviewlab.review;

import dev.interviewlab.DatabaseTest;
import dev.interviewlab.quiz.MutableClock;
import dev.interviewlab.quiz.QuizPersistenceTestConfiguration;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.review.fsrs.FsrsScheduler;
import dev.interviewlab.review.fsrs.Grade;
import dev.interviewlab.review.fsrs.Review;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario cards in review_card (V9): the CHECK, one card per owner and kind, and the move at sign-in. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(QuizPersistenceTestConfiguration.class)
@DatabaseTest
class ScenarioCardStorageTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewCardRepository cards;

    @Autowired
    ReviewLogRepository log;

    @Autowired
    FsrsScheduler scheduler;

    @Autowired
    MutableClock clock;

    @Autowired
    TestEntityManager entityManager;

    private final AttemptOwner guest = AttemptOwner.browser("guest-" + UUID.randomUUID());
    private final AttemptOwner account = AttemptOwner.account(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2030-06-01T10:00:00Z"));
    }

    private ReviewCard reviewed(AttemptOwner owner, String scenario, long seed, Instant at) {
        ReviewCard card = cards.save(new ReviewCard(owner, scenario, seed, at));
        Review review = scheduler.review(card.schedule(), Grade.AGAIN, at);
        card.apply(review.after());
        log.save(new ReviewLogEntry(card, review, ReviewSource.PREDICT, null));
        return card;
    }

    /** A raw insert, NULLs written into the SQL: what the CHECK sees, not what the entity allows. */
    private int insert(String scenarioSql, String seedSql) {
        return entityManager.getEntityManager().createNativeQuery("insert into review_card"
                        + " (owner_type, owner_key, item_id, scenario, scenario_seed, state, due_at, version)"
                        + " values ('BROWSER', 'someone', NULL, " + scenarioSql + ", " + seedSql + ", 'NEW', ?, 0)")
                .setParameter(1, clock.instant()).executeUpdate();
    }

    @Test
    void aCardWithNeitherItemNorScenarioIsRefusedByTheCheck() {
        assertThatThrownBy(() -> insert("NULL", "NULL")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aScenarioCardWithoutItsSeedIsRefusedByTheCheck() {
        assertThatThrownBy(() -> insert("'tcp:next-state'", "NULL")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aScenarioCardWithItsSeedIsStored() {
        assertThat(insert("'tcp:next-state'", "7")).isEqualTo(1);
    }

    @Test
    void oneCardPerOwnerAndScenarioKind() {
        reviewed(guest, "tcp:next-state", 1, clock.instant());
        entityManager.flush();
        assertThatThrownBy(() -> {
            cards.save(new ReviewCard(guest, "tcp:next-state", 2, clock.instant()));
            entityManager.flush();
        }).isInstanceOf(RuntimeException.class);
    }

    @Test
    void atSignInTheCardReviewedLastStaysWithBothLogsAndOtherKindsMove() {
        Instant earlier = clock.instant().minus(Duration.ofDays(2));
        ReviewCard accountCard = reviewed(account, "tcp:next-state", 10, earlier);
        ReviewCard guestCard = reviewed(guest, "tcp:next-state", 20, clock.instant());
        reviewed(guest, "cache:read", 30, clock.instant());
        entityManager.flush();

        reviews.transfer(guest, account);
        entityManager.flush();
        entityManager.clear();

        List<ReviewCard> moved = cards.findScenarioCardsOf(account.type(), account.key());
        assertThat(moved).extracting(ReviewCard::getScenario).containsExactlyInAnyOrder("tcp:next-state", "cache:read");
        ReviewCard kept = moved.stream().filter(card -> card.getScenario().equals("tcp:next-state")).findFirst().orElseThrow();
        assertThat(kept.getId()).as("the guest's, reviewed last").isEqualTo(guestCard.getId());
        assertThat(cards.findById(accountCard.getId())).isEmpty();
        assertThat(log.findAll().stream().filter(entry -> entry.getCard().getId().equals(kept.getId())))
                .extracting(ReviewLogEntry::getScenarioSeed).containsExactlyInAnyOrder(10L, 20L);
        assertThat(cards.findScenarioCardsOf(guest.type(), guest.key())).isEmpty();
    }
}

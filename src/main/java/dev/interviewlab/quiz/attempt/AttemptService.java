package dev.interviewlab.quiz.attempt;

import dev.interviewlab.quiz.bank.BankCatalog;
import dev.interviewlab.quiz.bank.ItemOption;
import dev.interviewlab.quiz.bank.ItemType;
import dev.interviewlab.quiz.bank.QuestionBank;
import dev.interviewlab.quiz.bank.QuestionBank.Candidate;
import dev.interviewlab.quiz.bank.QuizItem;
import dev.interviewlab.quiz.bank.QuizItemRepository;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Taking a quiz: start, answer, flag, move on, submit, read the result. The pages and the JSON
 * API both call this, so they follow the same rules: the owner check (someone else's attempt is
 * "not found"), the deadline with its grace ({@link AnswerWindow}), sequential order, and answers
 * checked against their question. An overdue attempt is closed by whichever call touches it first.
 */
@Service
// closing an overdue attempt must commit even though the late answer that found it is refused
@Transactional(noRollbackFor = AttemptClosedException.class)
public class AttemptService {

    private static final Logger log = LoggerFactory.getLogger(AttemptService.class);
    /** The sweep closes at most this many attempts per run; the next run takes the rest. */
    static final int SWEEP_BATCH = 100;
    /** {@link #closeOverdue()}'s answer when another instance is sweeping ({@link SweepLock}): nothing was looked at. */
    public static final int SWEEP_SKIPPED = -1;
    /** The resume list shows at most this many open attempts. */
    static final int MAX_OPEN_LISTED = 20;

    private final AttemptRepository attempts;
    private final QuestionBank bank;
    private final QuizItemRepository items;
    private final QuizDraw draw;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SweepLock sweepLock;
    private final OpenAttemptLookup openAttempts;

    public AttemptService(AttemptRepository attempts, QuestionBank bank, QuizItemRepository items, QuizDraw draw,
                          Clock clock, ApplicationEventPublisher events, EntityManager entityManager,
                          OpenAttemptLookup openAttempts) {
        this.attempts = attempts;
        this.bank = bank;
        this.items = items;
        this.draw = draw;
        this.clock = clock;
        this.events = events;
        this.sweepLock = new SweepLock(entityManager);
        this.openAttempts = openAttempts;
    }

    /** Checks the request ({@link InvalidInputException} lists every problem), draws the questions and starts the clock. */
    public AttemptSnapshot start(AttemptOwner owner, QuizRequest request) {
        BankCatalog catalog = bank.catalog();
        QuizSettings settings = QuizSettings.check(request, catalog);
        Set<String> topics = catalog.expand(settings.categories(), settings.topics());
        List<Candidate> candidates = bank.candidates(topics, settings.difficulty());
        if (candidates.size() < settings.count()) { // the bank changed since the catalog was read
            throw new InvalidInputException(List.of(FieldProblem.of("count", "quiz.error.count.available", candidates.size())));
        }
        List<Candidate> picked = draw.pick(candidates, settings.count());
        Map<Long, QuizItem> byId = items.findAllById(picked.stream().map(Candidate::itemId).toList()).stream()
                .collect(Collectors.toMap(QuizItem::getId, Function.identity()));
        List<Attempt.DrawnQuestion> drawn = new ArrayList<>();
        for (Candidate candidate : picked) {
            QuizItem item = byId.get(candidate.itemId());
            List<String> keys = item.getOptions().stream().map(ItemOption::key).toList();
            drawn.add(new Attempt.DrawnQuestion(item, candidate.categorySlug(),
                    draw.shuffleOptions(keys, item.getType() == ItemType.ORDERING)));
        }
        Instant now = now();
        Attempt attempt = attempts.save(Attempt.start(UUID.randomUUID().toString(), owner, settings, drawn, now));
        return AttemptSnapshot.of(attempt, now);
    }

    /** The attempt with its questions; an overdue attempt is closed first, so the caller sees it finished. */
    public AttemptSnapshot view(AttemptOwner owner, String attemptId) {
        Instant now = now();
        Attempt attempt = locked(owner, attemptId);
        closeIfOverdue(attempt, now);
        return AttemptSnapshot.of(attempt, now);
    }

    /**
     * The attempt as it stands, for showing it: no lock is taken and nothing changes, so pages that only read
     * an attempt do not queue behind its answers or each other. An overdue attempt is shown as it is (open, with
     * no time left): a caller that must not show it open checks {@link AttemptSnapshot#isOverdue()} and goes
     * through a call that closes it ({@link #view}, {@link #result}). Answers, flags, moves and submissions
     * still lock the attempt, so the deadline and every saved answer hold as before.
     */
    @Transactional(readOnly = true)
    public AttemptSnapshot read(AttemptOwner owner, String attemptId) {
        return AttemptSnapshot.of(owned(owner, attemptId, attempts::findWithQuestions), now());
    }

    /**
     * As {@link #read}, for a page that shows one question: {@code shown} picks it from the attempt's outline (every
     * question's answer and flag, no items), and only that question's item is read (its prompt and options); the
     * other questions come without theirs ({@link AttemptSnapshot#of(Attempt, Instant, IntPredicate)}).
     */
    @Transactional(readOnly = true)
    public AttemptSnapshot readShowing(AttemptOwner owner, String attemptId, ToIntFunction<AttemptSnapshot> shown) {
        Attempt attempt = owned(owner, attemptId, attempts::findWithQuestionsNotItems);
        Instant now = now();
        int position = shown.applyAsInt(AttemptSnapshot.of(attempt, now, any -> false));
        // that item and its options in one query; the others stay unread proxies (reading one through its proxy would
        // batch-load every item of the attempt, and their options with it)
        items.findWithOptions(attempt.question(position).getItem().getId());
        return AttemptSnapshot.of(attempt, now, question -> question == position);
    }

    /**
     * Saves (or, when the form carries no answer, clears) the answer to one question.
     *
     * @throws AttemptClosedException        late (past deadline + grace) or already submitted; nothing saved
     * @throws QuestionNotInAttemptException no such question number
     * @throws SequentialOrderException      not the current question of a sequential quiz
     * @throws InvalidInputException         the answer does not fit the question
     */
    public AnswerReceipt answer(AttemptOwner owner, String attemptId, int position, RawAnswer raw) {
        Instant now = now();
        Attempt attempt = changeable(owner, attemptId, position, now);
        AttemptQuestion question = attempt.question(position);
        question.answer(read(question, raw), now);
        return receipt(attempt, question, now);
    }

    /**
     * The question page's form: its answer (cleared when the form carries none) and its flag, under one lock and
     * in one update; an answer that does not fit the question saves neither. Throws as {@link #answer} does.
     */
    public AnswerReceipt save(AttemptOwner owner, String attemptId, int position, RawAnswer raw, boolean flagged) {
        Instant now = now();
        Attempt attempt = changeable(owner, attemptId, position, now);
        AttemptQuestion question = attempt.question(position);
        question.answer(read(question, raw), now);
        question.flag(flagged);
        return receipt(attempt, question, now);
    }

    /** The answer by the question's own type and option order, or null when it carries none. */
    private static Response read(AttemptQuestion question, RawAnswer raw) {
        return ResponseReader.read(question.getItemType(), question.optionOrder(), raw).orElse(null);
    }

    public AnswerReceipt clearAnswer(AttemptOwner owner, String attemptId, int position) {
        Instant now = now();
        Attempt attempt = changeable(owner, attemptId, position, now);
        AttemptQuestion question = attempt.question(position);
        question.answer(null, now);
        return receipt(attempt, question, now);
    }

    public AnswerReceipt flag(AttemptOwner owner, String attemptId, int position, boolean flagged) {
        Instant now = now();
        Attempt attempt = changeable(owner, attemptId, position, now);
        AttemptQuestion question = attempt.question(position);
        question.flag(flagged);
        return receipt(attempt, question, now);
    }

    /** Moves to the next question; in a sequential quiz the questions before it close for good. */
    public AttemptSnapshot advance(AttemptOwner owner, String attemptId) {
        Instant now = now();
        Attempt attempt = locked(owner, attemptId);
        requireOpen(attempt, now);
        attempt.advance();
        return AttemptSnapshot.of(attempt, now);
    }

    /** Scores and closes the attempt. Submitting a finished attempt changes nothing and returns its result. */
    public AttemptSnapshot submit(AttemptOwner owner, String attemptId) {
        Instant now = now();
        Attempt attempt = locked(owner, attemptId);
        if (attempt.isOpen()) {
            AnswerWindow window = attempt.window();
            FinishReason reason = window.isOverdue(now) ? FinishReason.EXPIRED
                    : window.isTimeUp(now) ? FinishReason.TIME_UP : FinishReason.SUBMITTED;
            finish(attempt, now, reason);
        }
        return AttemptSnapshot.of(attempt, now);
    }

    /** The scored attempt; an overdue one is closed first. */
    public AttemptSnapshot result(AttemptOwner owner, String attemptId) {
        Instant now = now();
        Attempt attempt = locked(owner, attemptId);
        closeIfOverdue(attempt, now);
        if (attempt.isOpen()) {
            throw new AttemptStillOpenException(attemptId);
        }
        return AttemptSnapshot.of(attempt, now);
    }

    /** The owner's open attempts, newest first, for resuming; overdue ones are closed on the way. */
    public List<AttemptSummary> openAttempts(AttemptOwner owner) {
        Instant now = now();
        List<AttemptSummary> open = new ArrayList<>();
        for (Attempt attempt : attempts.findOpen(owner.type(), owner.key(), PageRequest.of(0, MAX_OPEN_LISTED))) {
            if (closeIfOverdue(attempt, now)) {
                continue;
            }
            open.add(AttemptSummary.of(attempt));
        }
        return open;
    }

    /**
     * The owner's newest open attempt with how far it got, for the home page's "continue your quiz".
     * Only reads: overdue attempts are left out rather than closed (the next quiz page or the sweep closes them).
     */
    @Transactional(readOnly = true)
    public Optional<OpenAttempt> latestOpen(AttemptOwner owner) {
        Instant now = now();
        // not overdue: the deadline plus the grace is not before now
        return openAttempts.newest(owner, now.minus(AnswerWindow.GRACE), now);
    }

    /**
     * @param remaining time left, null when untimed
     * @param openCount how many open attempts the owner has, this one included
     */
    public record OpenAttempt(AttemptSummary summary, int answered, Duration remaining, int openCount) {
    }

    /**
     * An attempt as it stands, for an admin looking at a learner's results. The owner check is the
     * same as on the learner's own pages (only the admin pages name an owner other than the
     * caller), but nothing changes: no lock is taken and an overdue attempt is not closed.
     */
    @Transactional(readOnly = true)
    public AttemptSnapshot inspect(AttemptOwner owner, String attemptId) {
        return AttemptSnapshot.of(owned(owner, attemptId, attempts::findByPublicId), now());
    }

    /** Every attempt of the owner with questions, answers and scores, oldest first: for the owner's data export. */
    @Transactional(readOnly = true)
    public List<AttemptSnapshot> all(AttemptOwner owner) {
        Instant now = now();
        return attempts.findAllWithQuestions(owner.type(), owner.key()).stream()
                .map(attempt -> AttemptSnapshot.of(attempt, now)).toList();
    }

    /** How many attempts each account has (accounts without any are left out); one query. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countPerAccount() {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : attempts.countPerAccount()) {
            counts.put(Long.valueOf((String) row[0]), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Moves every attempt of one owner to another (a guest's browser to the account it signed in as). */
    public int transfer(AttemptOwner from, AttemptOwner to) {
        int moved = attempts.transfer(from.type(), from.key(), to.type(), to.key());
        if (moved > 0) {
            log.info("Moved {} attempt(s) from {} to {}", moved, from, to);
        }
        return moved;
    }

    /** Deletes every attempt of an owner (an account that is closed). */
    public void deleteAll(AttemptOwner owner) {
        attempts.deleteAll(attempts.findAllOf(owner.type(), owner.key()));
    }

    /**
     * Closes attempts left open past deadline + grace, at most {@value #SWEEP_BATCH} per call; see {@link AttemptSweep}.
     * Returns how many it closed, or {@value #SWEEP_SKIPPED} when another instance holds the {@link SweepLock}.
     */
    public int closeOverdue() {
        if (!sweepLock.tryTake()) {
            return SWEEP_SKIPPED;
        }
        Instant now = now();
        List<Attempt> overdue = attempts.findOverdue(now.minus(AnswerWindow.GRACE), PageRequest.of(0, SWEEP_BATCH));
        for (Attempt attempt : overdue) {
            finish(attempt, now, FinishReason.EXPIRED);
        }
        if (!overdue.isEmpty()) {
            log.info("Closed {} quiz attempts left open past their deadline", overdue.size());
        }
        return overdue.size();
    }

    /** The database keeps microseconds; so do we, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Attempt locked(AttemptOwner owner, String attemptId) {
        return owned(owner, attemptId, attempts::findForUpdate);
    }

    /** The owner's attempt as {@code finder} reads it; another owner's, or no such id, is "not found" alike. */
    private static Attempt owned(AttemptOwner owner, String attemptId, Function<String, Optional<Attempt>> finder) {
        if (attemptId == null || attemptId.length() > 36) {
            throw new AttemptNotFoundException();
        }
        return finder.apply(attemptId).filter(attempt -> attempt.getOwner().equals(owner))
                .orElseThrow(AttemptNotFoundException::new);
    }

    /** The locked attempt with its questions in one statement: what an answer, a cleared answer or a flag changes. */
    private Attempt changeable(AttemptOwner owner, String attemptId, int position, Instant now) {
        Attempt attempt = owned(owner, attemptId, attempts::findForUpdateWithQuestions);
        requireOpen(attempt, now);
        attempt.question(position);
        if (attempt.isSequential() && position != attempt.getCurrentPosition()) {
            throw new SequentialOrderException(attempt.getCurrentPosition(), position);
        }
        return attempt;
    }

    private void requireOpen(Attempt attempt, Instant now) {
        boolean late = attempt.window().isOverdue(now);
        closeIfOverdue(attempt, now);
        if (!attempt.isOpen()) {
            throw new AttemptClosedException(late ? AttemptClosedException.Why.LATE : AttemptClosedException.Why.FINISHED,
                    attempt.getPublicId(), attempt.getDeadline());
        }
    }

    private boolean closeIfOverdue(Attempt attempt, Instant now) {
        if (attempt.isOpen() && attempt.window().isOverdue(now)) {
            finish(attempt, now, FinishReason.EXPIRED);
            return true;
        }
        return false;
    }

    /** Scores an open attempt and tells the listeners (spaced review) in this transaction. */
    private void finish(Attempt attempt, Instant now, FinishReason reason) {
        if (attempt.isOpen()) {
            attempt.finish(now, reason);
            events.publishEvent(AttemptScored.of(attempt));
        }
    }

    private static AnswerReceipt receipt(Attempt attempt, AttemptQuestion question, Instant now) {
        int answered = (int) attempt.getQuestions().stream().filter(AttemptQuestion::isAnswered).count();
        return new AnswerReceipt(attempt.getPublicId(), question.getPosition(), question.isAnswered(), question.isFlagged(),
                now, answered, attempt.getQuestionCount(), attempt.getDeadline());
    }
}

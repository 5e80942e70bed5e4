package dev.interviewlab.progress;

import dev.interviewlab.account.AccountDeletedEvent;
import dev.interviewlab.account.AccountNotFoundException;
import dev.interviewlab.quiz.attempt.AttemptOwner;
import dev.interviewlab.quiz.attempt.QuizHistory;
import dev.interviewlab.quiz.attempt.QuizHistory.TopicStanding;
import dev.interviewlab.topic.CategoryListing;
import dev.interviewlab.topic.TopicLink;
import dev.interviewlab.topic.TopicService;
import dev.interviewlab.topic.TopicViewCache;
import dev.interviewlab.web.InvalidInputException;
import dev.interviewlab.web.InvalidInputException.FieldProblem;
import dev.interviewlab.web.Language;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's bookmarks and read marks, and their progress: what they read, bookmarked and how
 * they did in quizzes, per category. Every method takes the account it acts for; a mark of
 * another account is "not found".
 *
 * <p>A topic counts as read when the learner says so (the button on the topic page), not when
 * they open it: opening a page is not reading it, a GET stays free of writes, and a learner can
 * take the mark back.
 */
@Service
@Transactional
public class ProgressService {

    /** Enough for every topic of a large site; keeps one account's rows bounded. */
    static final int MAX_BOOKMARKS = 500;

    private final BookmarkRepository bookmarks;
    private final TopicReadRepository reads;
    private final QuizHistory quizHistory;
    private final TopicService topics;
    private final TopicViewCache topicViews;
    private final Clock clock;

    ProgressService(BookmarkRepository bookmarks, TopicReadRepository reads, QuizHistory quizHistory,
                    TopicService topics, TopicViewCache topicViews, Clock clock) {
        this.bookmarks = bookmarks;
        this.reads = reads;
        this.quizHistory = quizHistory;
        this.topics = topics;
        this.topicViews = topicViews;
        this.clock = clock;
    }

    /** Bookmarks the topic; bookmarking it again changes nothing. */
    public void bookmark(long accountId, String topicSlug) {
        lock(accountId);
        long topicId = topicId(topicSlug);
        if (bookmarks.existsByAccountIdAndTopicId(accountId, topicId)) {
            return;
        }
        if (bookmarks.countByAccountId(accountId) >= MAX_BOOKMARKS) {
            throw new InvalidInputException(List.of(FieldProblem.of("topic", "progress.error.bookmarks.full", MAX_BOOKMARKS)));
        }
        bookmarks.save(new Bookmark(accountId, topicId, now()));
    }

    /**
     * @return the slug of the topic that was bookmarked
     * @throws BookmarkNotFoundException no such bookmark, or another account's
     */
    public String removeBookmark(long accountId, long bookmarkId) {
        String topicSlug = bookmarks.findOwnedTopicSlug(bookmarkId, accountId).orElseThrow(BookmarkNotFoundException::new);
        bookmarks.deleteOwned(bookmarkId, accountId);
        return topicSlug;
    }

    /** Marks the topic read, or takes the mark back; saying it twice changes nothing. */
    public void markRead(long accountId, String topicSlug, boolean read) {
        lock(accountId);
        long topicId = topicId(topicSlug);
        if (!read) {
            reads.deleteMark(accountId, topicId);
        } else if (!reads.existsByAccountIdAndTopicId(accountId, topicId)) {
            reads.save(new TopicRead(accountId, topicId, now()));
        }
    }

    @Transactional(readOnly = true)
    List<Mark> bookmarks(long accountId) {
        return bookmarks.findMarks(accountId);
    }

    @Transactional(readOnly = true)
    List<Mark> reads(long accountId) {
        return reads.findMarks(accountId);
    }

    /** The account's progress over every topic of the site; four queries and the cached catalogue. */
    @Transactional(readOnly = true)
    public ProgressReport report(long accountId, Language language) {
        List<CategoryListing> catalogue = topicViews.catalogue(language, () -> topics.catalogue(language));
        Map<String, Mark> bookmarked = bySlug(bookmarks.findMarks(accountId));
        Map<String, Mark> read = bySlug(reads.findMarks(accountId));
        Map<String, TopicStanding> quizzed = quizHistory.standings(AttemptOwner.account(accountId)).stream()
                .collect(Collectors.toMap(TopicStanding::topicSlug, Function.identity()));

        List<ProgressReport.CategoryProgress> categories = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        int topicCount = 0;
        int readCount = 0;
        int quizzedCount = 0;
        for (CategoryListing category : catalogue) {
            List<ProgressReport.TopicProgress> rows = new ArrayList<>();
            int categoryRead = 0;
            int categoryBookmarked = 0;
            int questions = 0;
            int points = 0;
            for (TopicLink topic : category.topics()) {
                titles.put(topic.slug(), topic.title());
                Mark bookmark = bookmarked.get(topic.slug());
                Mark readMark = read.get(topic.slug());
                TopicStanding standing = quizzed.get(topic.slug());
                rows.add(new ProgressReport.TopicProgress(topic.slug(), topic.title(),
                        bookmark == null ? null : bookmark.id(), readMark == null ? null : readMark.at(),
                        standing == null ? 0 : standing.questions(), standing == null ? null : standing.percent()));
                categoryRead += readMark == null ? 0 : 1;
                categoryBookmarked += bookmark == null ? 0 : 1;
                if (standing != null) {
                    questions += standing.questions();
                    points += standing.pointsMillis();
                    quizzedCount++;
                }
            }
            topicCount += rows.size();
            readCount += categoryRead;
            categories.add(new ProgressReport.CategoryProgress(category.slug(), category.name(), rows, categoryRead,
                    categoryBookmarked, questions, questions == 0 ? null : Math.round(points / (double) questions) / 10.0));
        }
        List<ProgressReport.BookmarkEntry> bookmarkList = bookmarked.values().stream()
                .map(mark -> new ProgressReport.BookmarkEntry(mark.id(), mark.topicSlug(),
                        titles.getOrDefault(mark.topicSlug(), mark.topicSlug()), mark.at()))
                .toList();
        return new ProgressReport(categories, bookmarkList, topicCount, readCount, quizzedCount);
    }

    /** A closed account takes its marks with it, in the transaction that deletes it. */
    @EventListener
    void accountDeleted(AccountDeletedEvent event) {
        bookmarks.deleteAllOf(event.accountId());
        reads.deleteAllOf(event.accountId());
    }

    private void lock(long accountId) {
        bookmarks.lockAccount(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    private long topicId(String topicSlug) {
        if (topicSlug == null || topicSlug.isBlank() || topicSlug.length() > 160) {
            throw new InvalidInputException(List.of(FieldProblem.of("topic", "progress.error.topic")));
        }
        return bookmarks.findTopicId(topicSlug.strip())
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("topic", "progress.error.topic"))));
    }

    /** Keeps the order of the marks (newest first). */
    private static Map<String, Mark> bySlug(List<Mark> marks) {
        return marks.stream().collect(Collectors.toMap(Mark::topicSlug, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

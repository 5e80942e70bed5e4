package dev.interviewlab.progress;

import dev.interviewlab.topic.ReaderMarks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * A reader's marks on one topic for its page, read on every signed-in request: one statement with no
 * transaction around it (the page only reads, and a single statement sees one state of the rows), instead
 * of a JPA session, a read-only transaction and two queries. Not cached: every instance on a shared
 * database sees a mark another instance has just set.
 */
@Component
class TopicMarksLookup implements ReaderMarks {

    private static final String MARKS = """
            select (select b.id from bookmark b where b.account_id = ? and b.topic_id = t.id),
                   case when exists (select 1 from topic_read r where r.account_id = ? and r.topic_id = t.id)
                        then 1 else 0 end
            from topic t where t.slug = ?""";

    private final JdbcTemplate jdbc;

    TopicMarksLookup(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** No marks for a topic that does not exist (it may have been deleted while its page was served). */
    @Override
    public TopicMarks of(long accountId, String topicSlug) {
        List<TopicMarks> rows = jdbc.query(MARKS, (row, number) -> {
            long bookmarkId = row.getLong(1);
            return new TopicMarks(row.wasNull() ? null : bookmarkId, row.getInt(2) == 1);
        }, accountId, accountId, topicSlug);
        return rows.isEmpty() ? new TopicMarks(null, false) : rows.get(0);
    }
}

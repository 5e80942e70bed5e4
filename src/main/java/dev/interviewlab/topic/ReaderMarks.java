package dev.interviewlab.topic;

/**
 * What a signed-in reader has done with a topic (bookmarked it, marked it read), shown on the
 * topic page. The progress feature keeps these marks; topics only ask.
 */
public interface ReaderMarks {

    TopicMarks of(long accountId, String topicSlug);

    /** @param bookmarkId the reader's bookmark of the topic, or null */
    record TopicMarks(Long bookmarkId, boolean read) {

        public boolean bookmarked() {
            return bookmarkId != null;
        }
    }
}

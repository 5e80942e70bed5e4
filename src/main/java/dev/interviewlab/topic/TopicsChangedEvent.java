package dev.interviewlab.topic;

import java.util.Set;

/** Published inside the transaction that created or changed these topics; listeners act after commit. */
public record TopicsChangedEvent(Set<String> slugs) {

    public TopicsChangedEvent {
        slugs = Set.copyOf(slugs);
    }
}

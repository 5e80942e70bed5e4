package dev.interviewlab.progress;

import java.time.Instant;

/** A bookmark or read mark as lists show it. @param at when it was set */
record Mark(long id, String topicSlug, Instant at) {
}

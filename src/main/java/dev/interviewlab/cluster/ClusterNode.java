package dev.interviewlab.cluster;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** This instance among the others on the database: a random id for each start, so its own notifications are known. */
@Component
@Profile("postgres")
class ClusterNode {

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    String id() {
        return id;
    }

    /** The application_name of this instance's LISTEN connection (pg_stat_activity shows it). */
    String listenerName() {
        return "interviewlab-listen-" + id;
    }
}

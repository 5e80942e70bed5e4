package dev.interviewlab.revision;

import dev.interviewlab.account.AccountDeletedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's revisions stay (the content's history needs them) but no longer say who wrote them. */
@Component
class DeletedAuthors {

    private final ContentRevisionRepository revisions;

    DeletedAuthors(ContentRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @EventListener
    void accountDeleted(AccountDeletedEvent event) {
        revisions.forgetAuthorName(event.accountId());
    }
}

package dev.interviewlab.account.throttling;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;

/**
 * What the sign-in page tells a blocked visitor: the wait, rounded up, in seconds under a minute and
 * in minutes from then on. Kept in the session (so serializable) between the refused POST and the page.
 */
public final class SignInWait implements Serializable {

    public static final String SESSION_ATTRIBUTE = "signInWait";

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final long amount;

    private SignInWait(String messageKey, long amount) {
        this.messageKey = messageKey;
        this.amount = amount;
    }

    static SignInWait of(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 60 ? new SignInWait("account.login.blocked.seconds", seconds)
                : new SignInWait("account.login.blocked.minutes", (seconds + 59) / 60);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public long getAmount() {
        return amount;
    }
}

package dev.interviewlab.backup;

/** A backup or restore that cannot go on; the message is one line an administrator can act on. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.interviewlab.topic.content;

/** A built-in content file that cannot be loaded; the message names the file and the problem. */
public class ContentException extends RuntimeException {

    public ContentException(String file, String problem) {
        super(file + ": " + problem);
    }
}

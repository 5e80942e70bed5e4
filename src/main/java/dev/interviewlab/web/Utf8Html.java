package dev.interviewlab.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A part of a page written straight into UTF-8 bytes, for the parts of a kept page written per request
 * ({@link PageSkeleton#with}): ASCII text (most of the markup) is copied char by char without allocating, so a
 * part costs about its own size, where a {@code StringBuilder} holding one Chinese character or ellipsis doubles to
 * UTF-16 and is then copied to a String and encoded again. Text is written as given: escape it first. A part goes to
 * the response as it is ({@link FilledPage}), not copied into an array of its own size first.
 */
public final class Utf8Html {

    private byte[] bytes;
    private int size;

    public Utf8Html(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** {@code text} written as UTF-8 (markup as it is: escape text first). */
    public static Utf8Html of(String text) {
        return new Utf8Html(text.length()).append(text);
    }

    public Utf8Html append(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(rest.length);
                System.arraycopy(rest, 0, bytes, size, rest.length);
                size += rest.length;
                return this;
            }
            bytes[size++] = (byte) c;
        }
        return this;
    }

    /** Bytes that are UTF-8 already (kept pieces of markup), as they are. */
    public Utf8Html append(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    /** Another part written the same way, as it is. */
    public Utf8Html append(Utf8Html part) {
        ensure(part.size);
        System.arraycopy(part.bytes, 0, bytes, size, part.size);
        size += part.size;
        return this;
    }

    /** Bytes written so far. */
    public int length() {
        return size;
    }

    public Utf8Html append(long number) {
        return append(Long.toString(number));
    }

    public Utf8Html append(boolean value) {
        return append(value ? "true" : "false");
    }

    public Utf8Html append(char c) {
        return append(String.valueOf(c));
    }

    /** Writes the bytes written so far to {@code out}, without copying them. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** Copies the bytes written so far into {@code target} from {@code at}; answers where they end. */
    public int copyTo(byte[] target, int at) {
        System.arraycopy(bytes, 0, target, at, size);
        return at + size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

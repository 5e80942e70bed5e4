package dev.interviewlab.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one committed transaction changed, as sent to the other instances in a NOTIFY payload:
 * {@code origin;version;kind;slug,slug,…}. The slugs name the changed topics; {@link #everything()} stands for
 * "reload it all" (a change naming more topics than a payload holds, or changes an instance missed).
 *
 * @param origin  the instance that made the change (an instance ignores its own: its local events did the work)
 * @param version the content version this change committed as (see V10's content_version)
 * @param slugs   changed topics, empty for a change to quiz items only
 */
record ContentChange(String origin, long version, Kind kind, Set<String> slugs) {

    enum Kind { TOPICS, BANK, EVERYTHING }

    /** PostgreSQL refuses payloads of 8000 bytes or more; beyond this a change says "everything". */
    static final int MAX_PAYLOAD_BYTES = 7_900;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    ContentChange {
        slugs = Set.copyOf(slugs);
    }

    static ContentChange topics(String origin, long version, Set<String> slugs) {
        ContentChange change = new ContentChange(origin, version, Kind.TOPICS, slugs);
        boolean fits = slugs.stream().allMatch(slug -> SLUG.matcher(slug).matches())
                && change.payload().getBytes(StandardCharsets.UTF_8).length < MAX_PAYLOAD_BYTES;
        return fits ? change : everything(origin, version);
    }

    static ContentChange bank(String origin, long version) {
        return new ContentChange(origin, version, Kind.BANK, Set.of());
    }

    static ContentChange everything(String origin, long version) {
        return new ContentChange(origin, version, Kind.EVERYTHING, Set.of());
    }

    String payload() {
        return origin + ";" + version + ";" + kind.name() + ";" + String.join(",", slugs);
    }

    /** Empty for a payload this version of the application did not write. */
    static Optional<ContentChange> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(";", -1);
        if (parts.length != 4 || parts[0].isEmpty() || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(parts[2])).findFirst().orElse(null);
        Set<String> slugs = parts[3].isEmpty() ? Set.of() : Set.of(parts[3].split(","));
        if (kind == null || !slugs.stream().allMatch(slug -> SLUG.matcher(slug).matches())) {
            return Optional.empty();
        }
        return Optional.of(new ContentChange(parts[0], Long.parseLong(parts[1]), kind, slugs));
    }
}

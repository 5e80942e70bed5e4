package dev.interviewlab.quiz.attempt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a typed fill-in answer matches one of the item's accepted answers.
 *
 * <p>First, after {@link FillInNormalizer normalising}, the answer may equal an accepted answer. Second,
 * a number followed by one unit word ("8 bytes", "50 requests", "14字节", "50个") counts when the number
 * equals an accepted number (8 = 8.0 = 8, "25,500" = 25500) and the unit fits:
 * <ul>
 *   <li>if the item's accepted answers give that number with units ("14 bytes", "14字节"), those units are
 *       the item's declared ones, and the answer's unit must be one of them or a synonym of one
 *       ({@link #UNIT_SYNONYMS}: "byte"/"bytes"/"B"/"字节", "s"/"sec"/"seconds"/"秒", …), so "4 MB" does not
 *       pass for "4 KB";</li>
 *   <li>if the item accepts the number bare and declares no unit for it (or only a counting word such as
 *       "个"), a single word saying what is counted is allowed ("50 requests", "8 bytes"): the number is what
 *       the question asks for. A unit that scales the number ("8 KB", "8 ms") is not, as it names another
 *       quantity.</li>
 * </ul>
 * A wrong number never matches, whatever the unit.
 */
final class FillInMatch {

    /** Groups of unit words that mean the same thing, in normalised (lower-case) form. */
    static final List<Set<String>> UNIT_SYNONYMS = List.of(
            Set.of("b", "byte", "bytes", "字节"),
            Set.of("kb", "kib", "k", "kilobyte", "kilobytes", "kibibyte", "kibibytes", "千字节"),
            Set.of("mb", "mib", "m", "megabyte", "megabytes", "mebibyte", "mebibytes", "兆", "兆字节"),
            Set.of("gb", "gib", "g", "gigabyte", "gigabytes", "gibibyte", "gibibytes"),
            Set.of("ms", "millisecond", "milliseconds", "毫秒"),
            Set.of("s", "sec", "secs", "second", "seconds", "秒"),
            Set.of("min", "mins", "minute", "minutes", "分钟"),
            Set.of("%", "percent", "per cent", "百分比"),
            Set.of("time", "times", "attempt", "attempts", "try", "tries"),
            Set.of("组", "个组", "set", "sets"));

    /** Chinese counting words (classifiers): they say "this many things" or "this many times", not a unit, so they declare nothing. */
    static final Set<String> COUNTING_WORDS = Set.of("个", "次", "条", "项", "只");

    /** Units that scale a number into another quantity; never added to a bare number. */
    static final Set<String> SCALING_UNITS = Stream.of(UNIT_SYNONYMS.get(1), UNIT_SYNONYMS.get(2), UNIT_SYNONYMS.get(3),
            UNIT_SYNONYMS.get(4), UNIT_SYNONYMS.get(6)).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, Set<String>> GROUP_OF = UNIT_SYNONYMS.stream()
            .flatMap(group -> group.stream().map(word -> Map.entry(word, group)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** A number (optionally with thousands commas and decimals), then optionally one unit word. */
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?) ?(\\p{L}+|%|per cent)?");

    private FillInMatch() {
    }

    static boolean matches(List<String> accepted, String typed) {
        String given = FillInNormalizer.normalize(typed);
        List<String> normalised = accepted.stream().map(FillInNormalizer::normalize).toList();
        if (normalised.contains(given)) {
            return true;
        }
        Quantity answer = Quantity.parse(given);
        if (answer == null || answer.unit() == null) {
            return false;
        }
        boolean bare = false;
        Set<String> declaredUnits = new HashSet<>();
        for (String candidate : normalised) {
            Quantity key = Quantity.parse(candidate);
            if (key == null || key.number().compareTo(answer.number()) != 0) {
                continue;
            }
            if (key.unit() == null || COUNTING_WORDS.contains(key.unit())) {
                bare = true;
            } else {
                declaredUnits.add(key.unit());
            }
        }
        if (declaredUnits.isEmpty()) {
            return bare && !SCALING_UNITS.contains(answer.unit());
        }
        return declaredUnits.stream().anyMatch(unit -> sameUnit(unit, answer.unit()));
    }

    private static boolean sameUnit(String declared, String given) {
        return declared.equals(given) || GROUP_OF.getOrDefault(declared, Set.of(declared)).contains(given);
    }

    /** A normalised answer read as a number with an optional unit word, or null when it is not one. */
    private record Quantity(BigDecimal number, String unit) {
        static Quantity parse(String text) {
            Matcher matcher = NUMBER_AND_UNIT.matcher(text);
            if (!matcher.matches()) {
                return null;
            }
            BigDecimal number = new BigDecimal(matcher.group(1).replace(",", ""));
            return new Quantity(number, matcher.group(2));
        }
    }
}

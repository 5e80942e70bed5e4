package dev.interviewlab.simulation.loadbalancing.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An enum setting, written in forms and JSON as its lower-case key ({@code LEAST_CONNECTIONS} → {@code least-connections}). */
public interface Choice {

    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(choice -> choice.key().equals(key)).findFirst();
    }

    static <E extends Enum<E> & Choice> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::key).toList();
    }
}

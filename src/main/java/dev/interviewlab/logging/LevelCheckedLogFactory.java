package dev.interviewlab.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The commons-logging factory Spring's own classes log through, bridged to SLF4J (Logback) like commons-logging's
 * {@code Slf4jLogFactory}, but with {@link LevelCheckedLog}s: a message below the logger's level is never turned into
 * a string. commons-logging 1.3's bridge formats every message before SLF4J checks the level, so Spring Security's
 * lazy debug messages (a {@code LogMessage} that prints the whole {@code Authentication}) were built and dropped on
 * every signed-in request (docs/benchmarks/performance.md, seventh pass).
 * <p>
 * commons-logging finds it through {@code META-INF/services/org.apache.commons.logging.LogFactory}, which it reads
 * before it falls back to its own SLF4J bridge.
 */
public class LevelCheckedLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, key -> new LevelCheckedLog(LoggerFactory.getLogger(key)));
    }

    /** Forgets the logs handed out; Spring Boot's logging system owns Logback's life cycle. */
    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }
}

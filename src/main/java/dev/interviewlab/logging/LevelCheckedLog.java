package dev.interviewlab.logging;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.spi.LocationAwareLogger;

/**
 * A commons-logging {@link Log} over an SLF4J {@link Logger} that asks the logger's level first and only then turns the
 * message into a string. With a {@link LocationAwareLogger} (Logback's) the call site is the caller of this class, as
 * with commons-logging's own bridge. FATAL is logged as ERROR, SLF4J having no FATAL.
 */
final class LevelCheckedLog implements Log {

    private static final String FQCN = LevelCheckedLog.class.getName();

    private final Logger logger;
    private final LocationAwareLogger locationAware;

    LevelCheckedLog(Logger logger) {
        this.logger = logger;
        this.locationAware = logger instanceof LocationAwareLogger aware ? aware : null;
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isFatalEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public void trace(Object message) {
        trace(message, null);
    }

    @Override
    public void trace(Object message, Throwable t) {
        if (logger.isTraceEnabled()) {
            log(LocationAwareLogger.TRACE_INT, message, t);
        }
    }

    @Override
    public void debug(Object message) {
        debug(message, null);
    }

    @Override
    public void debug(Object message, Throwable t) {
        if (logger.isDebugEnabled()) {
            log(LocationAwareLogger.DEBUG_INT, message, t);
        }
    }

    @Override
    public void info(Object message) {
        info(message, null);
    }

    @Override
    public void info(Object message, Throwable t) {
        if (logger.isInfoEnabled()) {
            log(LocationAwareLogger.INFO_INT, message, t);
        }
    }

    @Override
    public void warn(Object message) {
        warn(message, null);
    }

    @Override
    public void warn(Object message, Throwable t) {
        if (logger.isWarnEnabled()) {
            log(LocationAwareLogger.WARN_INT, message, t);
        }
    }

    @Override
    public void error(Object message) {
        error(message, null);
    }

    @Override
    public void error(Object message, Throwable t) {
        if (logger.isErrorEnabled()) {
            log(LocationAwareLogger.ERROR_INT, message, t);
        }
    }

    @Override
    public void fatal(Object message) {
        error(message, null);
    }

    @Override
    public void fatal(Object message, Throwable t) {
        error(message, t);
    }

    /** Called once the level is known to be on: only now is the message made a string. */
    private void log(int level, Object message, Throwable t) {
        String text = String.valueOf(message);
        if (locationAware != null) {
            locationAware.log(null, FQCN, level, text, null, t);
            return;
        }
        switch (level) {
            case LocationAwareLogger.TRACE_INT -> logger.trace(text, t);
            case LocationAwareLogger.DEBUG_INT -> logger.debug(text, t);
            case LocationAwareLogger.INFO_INT -> logger.info(text, t);
            case LocationAwareLogger.WARN_INT -> logger.warn(text, t);
            default -> logger.error(text, t);
        }
    }
}

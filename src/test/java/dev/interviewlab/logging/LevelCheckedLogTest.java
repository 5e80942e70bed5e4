package dev.interviewlab.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's classes log through commons-logging: below the level nothing is formatted, above it all arrives. */
class LevelCheckedLogTest {

    /** A message that counts how often it is turned into a string. */
    private static final class CountedMessage {
        int formatted;

        @Override
        public String toString() {
            formatted++;
            return "the message {}";
        }
    }

    private final String name = "level-checked-" + UUID.randomUUID();
    /** Keeps the events; the call site is worked out while the event is appended, as Logback's own appenders do. */
    private final ListAppender<ILoggingEvent> events = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.getCallerData();
            super.append(event);
        }
    };
    private Logger logback;
    private Log log;

    @BeforeEach
    void setUp() {
        logback = (Logger) LoggerFactory.getLogger(name);
        logback.setLevel(Level.INFO);
        logback.setAdditive(false);
        events.start();
        logback.addAppender(events);
        log = LogFactory.getLog(name);
    }

    @AfterEach
    void tearDown() {
        logback.detachAppender(events);
    }

    @Test
    void commonsLoggingFindsThisFactoryThroughItsServiceFile() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
        assertThat(log).isInstanceOf(LevelCheckedLog.class);
        assertThat(LogFactory.getLog(name)).isSameAs(log);
    }

    @Test
    void aMessageBelowTheLevelIsNeverTurnedIntoAString() {
        CountedMessage message = new CountedMessage();
        log.trace(message);
        log.debug(message);
        log.debug(message, new IllegalStateException());
        assertThat(message.formatted).isZero();
        assertThat(events.list).isEmpty();
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(log.isInfoEnabled()).isTrue();
    }

    @Test
    void aMessageAtOrAboveTheLevelArrivesAsItIsWithTheCallerAsItsCallSite() {
        CountedMessage message = new CountedMessage();
        IllegalStateException problem = new IllegalStateException("broken");
        log.info(message);
        log.warn(message, problem);
        log.fatal(message);
        assertThat(message.formatted).isEqualTo(3);
        assertThat(events.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.WARN, Level.ERROR);
        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage).containsOnly("the message {}");
        assertThat(events.list.get(1).getThrowableProxy().getMessage()).isEqualTo("broken");
        assertThat(events.list.get(0).getCallerData()[0].getClassName()).isEqualTo(LevelCheckedLogTest.class.getName());
    }

    @Test
    void loweringTheLevelLaterTakesEffectOnTheSameLog() {
        CountedMessage message = new CountedMessage();
        logback.setLevel(Level.DEBUG);
        log.debug(message);
        assertThat(message.formatted).isEqualTo(1);
        assertThat(events.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG);
    }
}

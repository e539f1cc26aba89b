package com.headpin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * The log events of one logger (and those below it) from {@link #attach} on. Refuses a flood: past {@value #FLOOD}
 * events it throws, which escapes the code that logs and so ends a logging loop instead of filling the disk.
 */
public final class CapturedLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    public static final int FLOOD = 1_000;
    private static final int KEPT = 200;

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Logger logger;

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    public static CapturedLog attach(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        CapturedLog log = new CapturedLog(logger);
        log.setName("captured-" + loggerName);
        log.setContext(logger.getLoggerContext());
        log.start();
        logger.addAppender(log);
        return log;
    }

    public static CapturedLog attach(Class<?> type) {
        return attach(type.getName());
    }

    public static CapturedLog attachToRoot() {
        return attach(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (count.incrementAndGet() > FLOOD) {
            throw new AssertionError("Log flood: more than " + FLOOD + " events, e.g. " + event.getFormattedMessage());
        }
        if (events.size() < KEPT) {
            events.add(event);
        }
    }

    /** All events so far, also those beyond the first {@value #KEPT} that are kept. */
    public int count() {
        return count.get();
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    public List<ILoggingEvent> withStackTrace() {
        return events.stream().filter(e -> e.getThrowableProxy() != null).toList();
    }

    public List<String> messages() {
        return events.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Level, logger, message and stack trace of each event, for assertion messages. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(": ")
                .append(e.getFormattedMessage()).append('\n')
                .append(e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        return text.toString();
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}

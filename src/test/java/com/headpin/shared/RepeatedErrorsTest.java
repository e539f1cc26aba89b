package com.headpin.shared;

import java.util.stream.IntStream;

import com.headpin.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedErrorsTest {

    private static final String LOGGER = "com.headpin.test.repeated";
    private final CapturedLog log = CapturedLog.attach(LOGGER);
    private static final StackTraceElement[] HANDLER = {
            new StackTraceElement("com.headpin.workspace.ui.HomeView", "lambda$onlineCard$0", "HomeView.java", 130),
            new StackTraceElement("com.headpin.collaboration.UiSubscriptions", "flush", "UiSubscriptions.java", 183)};
    private static final StackTraceElement[] TRANSLATION = {
            new StackTraceElement("com.vaadin.flow.component.Component", "getTranslation", "Component.java", 721)};
    private final RepeatedErrors errors = new RepeatedErrors(LoggerFactory.getLogger(LOGGER));
    private int failures;

    @AfterEach
    void detach() {
        log.close();
    }

    @Test
    void theFirstIsLoggedWithItsStackTraceThenOnlyCountsAtTenHundredAndEachReport() {
        failSameWay(9);
        assertThat(log.count()).isEqualTo(1);
        assertThat(log.withStackTrace()).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).isEqualTo("Live update failed"));

        failSameWay(1);
        assertThat(log.messages()).last().asString()
                .startsWith("Live update failed — the same error 10 times since it was logged with its stack trace")
                .endsWith("last: java.lang.IllegalStateException: closed 9");
        failSameWay(90);
        assertThat(log.messages()).last().asString().contains("the same error 100 times");
        failSameWay(5);
        errors.report();
        assertThat(log.messages()).last().asString().contains("the same error 105 times");
        assertThat(log.count()).isEqualTo(4);
        assertThat(log.withStackTrace()).hasSize(1);
    }

    @Test
    void aKindThatStopsRepeatingIsForgottenAfterAReportAndLoggedInFullWhenItComesBack() {
        failSameWay(1);
        errors.report();
        assertThat(log.count()).isEqualTo(1);
        assertThat(errors.size()).isZero();

        failSameWay(1);
        assertThat(log.withStackTrace()).hasSize(2);
    }

    @Test
    void differentPlacesOrMessagesAreDifferentKinds() {
        failSameWay(1);
        errors.error("Live update failed", at(TRANSLATION, new IllegalStateException("closed elsewhere")));
        errors.error("Presence failed", at(HANDLER, new RuntimeException(
                at(TRANSLATION, new IllegalStateException("closed")))));
        assertThat(log.withStackTrace()).hasSize(3);
    }

    @Test
    void memoryIsBoundedAndAForgottenKindStillGetsItsCount() {
        failSameWay(3);
        IntStream.range(0, RepeatedErrors.MAX_KINDS + 50).forEach(i ->
                errors.warn("kind " + i, new IllegalStateException("x")));
        assertThat(errors.size()).isEqualTo(RepeatedErrors.MAX_KINDS);
        assertThat(log.messages()).contains(
                "Live update failed — the same error 3 times since it was logged with its stack trace; "
                        + "last: java.lang.IllegalStateException: closed 2");
    }

    /** Identical failures: same types, thrown at the same place; only the message differs. */
    private void failSameWay(int times) {
        for (int i = 0; i < times; i++) {
            errors.error("Live update failed", at(HANDLER, new RuntimeException(
                    at(TRANSLATION, new IllegalStateException("closed " + failures++)))));
        }
    }

    private static <T extends Throwable> T at(StackTraceElement[] place, T error) {
        error.setStackTrace(place);
        return error;
    }
}

package com.headpin.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Record types and topics: the names every module publishes and subscribes with. */
class RecordTypeTest {

    @Test
    void aRecordsTopicIsItsTypeAndId() {
        RecordType account = RecordType.of("account-plan");
        assertThat(account.topic(42)).isEqualTo(Topic.of("account-plan:42"));
        assertThat(account.topic(42).name()).isEqualTo("account-plan:42");
        assertThat(account).isEqualTo(RecordType.of("account-plan")).hasToString("account-plan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Account", "account:7", "account plan", "-account", "account-", "1account",
            "a-very-long-record-type-name-over-forty-chars"})
    void aRecordTypeNameIsLowerCaseWordsJoinedByHyphens(String name) {
        assertThatThrownBy(() -> RecordType.of(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record type");
    }

    @Test
    void aTopicNeedsAName() {
        assertThatThrownBy(() -> Topic.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeIsAnnouncedOnItsRecordsTopicAndTheTopicsItNames() {
        RecordChanged changed = RecordChanged.of(RecordType.of("contact"), 7, Set.of("name"), Topic.of("account:3"));
        assertThat(changed.topic()).isEqualTo(Topic.of("contact:7"));
        assertThat(changed.alsoOn()).containsExactly(Topic.of("account:3"));
    }
}

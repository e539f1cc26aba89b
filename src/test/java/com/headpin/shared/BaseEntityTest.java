package com.headpin.shared;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaseEntityTest {

    static class Widget extends BaseEntity {
    }

    @Test
    void theVersionTheCallerLoadedPassesAnyOtherIsStale() {
        Widget widget = stored(7, 3);
        assertThatCode(() -> widget.checkVersion(3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> widget.checkVersion(2)).isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Widget 7").hasMessageContaining("version 2, now 3");
        assertThatThrownBy(() -> widget.checkVersion(4)).isInstanceOf(StaleDataException.class);
    }

    @Test
    void anUnsavedEntityHasNoIdYet() {
        Widget widget = new Widget();
        assertThat(widget.getId()).isNull();
        assertThat(widget.idOrZero()).isZero();
        assertThat(widget.getVersion()).isZero();
        assertThatThrownBy(widget::requireId).isInstanceOf(IllegalStateException.class)
                .hasMessage("Widget not saved yet");
        assertThat(stored(7, 0).requireId()).isEqualTo(7);
    }

    private static Widget stored(long id, long version) {
        Widget widget = new Widget();
        ReflectionTestUtils.setField(widget, "id", id);
        ReflectionTestUtils.setField(widget, "version", version);
        return widget;
    }
}

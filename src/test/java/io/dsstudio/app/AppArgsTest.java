package io.dsstudio.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppArgsTest {
    @Test
    void parseReadsFlagsAndOnePath() {
        assertThat(AppArgs.parse(List.of())).isEqualTo(new AppArgs(false, false, null));
        assertThat(AppArgs.parse(List.of("--demo", "--smoke"))).isEqualTo(new AppArgs(true, true, null));
        assertThat(AppArgs.parse(List.of("snap/"))).isEqualTo(new AppArgs(false, false, Path.of("snap/")));
    }

    @Test
    void parseRejectsUnknownOptionsAndSecondPaths() {
        assertThatThrownBy(() -> AppArgs.parse(List.of("--nope"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppArgs.parse(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savePreferencesKeepsTheMapChoicesForTheNextStart(@org.junit.jupiter.api.io.TempDir Path home) {
        AppContext first = new AppContext(home, java.time.Clock.systemUTC(), Runnable::run, Locale.ENGLISH);
        first.mapModel().groupByProperty().set("pool");
        first.mapModel().colorModeProperty().set(io.dsstudio.ui.nodemap.ColorMode.LABEL);
        first.mapModel().colorLabelProperty().set("kubernetes.io/arch");
        first.savePreferences();
        AppContext next = new AppContext(home, java.time.Clock.systemUTC(), Runnable::run, Locale.ENGLISH);
        assertThat(next.mapModel().groupByProperty().get()).isEqualTo("pool");
        assertThat(next.mapModel().colorModeProperty().get()).isEqualTo(io.dsstudio.ui.nodemap.ColorMode.LABEL);
        assertThat(next.mapModel().colorLabelProperty().get()).isEqualTo("kubernetes.io/arch");
    }

    @Test
    void uiLocaleIsChineseOnlyForChinese() {
        assertThat(AppContext.uiLocale(Locale.forLanguageTag("zh-TW"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(AppContext.uiLocale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    }
}

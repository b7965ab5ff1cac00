package io.dsstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveOptionsTest {
    @ParameterizedTest
    @CsvSource({"90s,90", "10m,600", "1h,3600", "45,45", "PT2M,120", "1500ms,1"})
    void durationConverterReadsHumanDurations(String text, long seconds) {
        assertThat(new LiveOptions.DurationConverter().convert(text).getSeconds()).isEqualTo(seconds);
    }

    @Test
    void durationConverterRejectsNonsense() {
        assertThatThrownBy(() -> new LiveOptions.DurationConverter().convert("soon"))
                .hasMessageContaining("not a duration");
    }

    @Test
    void confirmationWithoutTerminalAndWithoutYesIsAUsageError() {
        LiveOptions options = new LiveOptions().withEnvironment(Map.of(), "/tmp", () -> null);
        options.live = true;
        Output output = new Output(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThatThrownBy(() -> options.confirmation(output)).isInstanceOf(UsageException.class).hasMessageContaining("--yes");
        options.yes = true;
        assertThat(options.confirmation(output).confirm("Apply?")).isTrue();
    }

    @Test
    void timeoutDefaultsToTenMinutes() {
        LiveOptions options = new LiveOptions();
        picocli.CommandLine cli = new picocli.CommandLine(new Holder());
        cli.parseArgs();
        assertThat(((Holder) cli.getCommand()).live.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.live()).isFalse();
    }

    @picocli.CommandLine.Command(name = "holder")
    static final class Holder {
        @picocli.CommandLine.Mixin
        LiveOptions live;
    }
}

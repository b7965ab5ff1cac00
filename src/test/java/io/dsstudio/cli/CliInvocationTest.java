package io.dsstudio.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher tells a CLI call from an app start without building picocli's model of the commands. */
class CliInvocationTest {
    @Test
    void theCommandNamesAreThoseThePicocliModelHas() {
        assertThat(CliMain.commandNames()).containsExactlyInAnyOrderElementsOf(
                new CommandLine(new CliMain(Output.system()), new CliMain.CommandFactory(Output.system())).getSubcommands().keySet());
    }

    @ParameterizedTest
    @CsvSource({
            "plan,true", "validate,true", "explain,true", "apply,true", "delete,true", "generate,true", "diff,true",
            "--help,true", "-h,true", "--version,true", "-V,true", "help,true",
            "--demo,false", "--smoke,false", "/tmp/snapshot.yaml,false", "cluster,false"})
    void theFirstArgumentDecides(String first, boolean cli) {
        assertThat(CliMain.isCliInvocation(new String[] {first})).as(first).isEqualTo(cli);
    }

    @Test
    void noArgumentsStartTheApp() {
        assertThat(CliMain.isCliInvocation(new String[0])).isFalse();
    }
}

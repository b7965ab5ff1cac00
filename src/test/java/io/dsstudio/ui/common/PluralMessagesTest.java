package io.dsstudio.ui.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts read right in both languages: "1 node selected", "2 nodes selected", never "1 nodes" or "file(s)". */
class PluralMessagesTest {
    private static final Pattern ONE_WITH_PLURAL = Pattern.compile(
            "\\b1 (nodes|pods|DaemonSets|edits|unsaved edits|changes|files|warnings|controller syncs|open editors|reading problems)\\b");
    private static final Pattern MANY_WITH_SINGULAR = Pattern.compile(
            "\\b2 (node|pod|DaemonSet|edit|change|file|warning|controller sync|open editor|reading problem)\\b(?![-\\w])");

    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            labels.selection          | 1    | 1 node selected
            labels.selection          | 2    | 2 nodes selected
            labels.selection          | 2000 | 2,000 nodes selected
            edit.cordon               | 1    | Cordon 1 node
            edit.cordon               | 3    | Cordon 3 nodes
            editor.message.saved      | 1    | Saved 1 file.
            editor.message.saved      | 4    | Saved 4 files.
            command.runToEnd          | 1    | 1 controller sync
            command.runToEnd          | 7    | 7 controller syncs
            """)
    void countsPickTheRightForm(String key, int count, String expected) {
        assertThat(english.get(key, count)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 1 node, 1 DaemonSet, 1 pod read (1 reading problem)
            2 | 2 nodes, 2 DaemonSets, 2 pods read (2 reading problems)
            """)
    void theOpenedStatusCountsEveryKindRight(int count, String expected) {
        assertThat(english.get("status.opened", count, count, count, count)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void noEnglishMessageMismatchesItsCount(int count) {
        for (String key : Collections.list(english.bundle().getKeys())) {
            String text = english.get(key, counts(count));
            assertThat(text).as(key).doesNotContainPattern(ONE_WITH_PLURAL).doesNotContainPattern(MANY_WITH_SINGULAR)
                    .doesNotContain("(s)");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void everyChineseMessageFormatsCounts(int count) {
        for (String key : Collections.list(chinese.bundle().getKeys())) {
            assertThat(chinese.get(key, counts(count))).as(key).doesNotStartWith("!");
        }
    }

    /** The same count for every placeholder; a message with text placeholders just shows the number there. */
    private static Object[] counts(int count) {
        Object[] args = new Object[12];
        Arrays.fill(args, count);
        return args;
    }
}

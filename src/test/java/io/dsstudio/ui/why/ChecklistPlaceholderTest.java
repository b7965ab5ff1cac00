package io.dsstudio.ui.why;

import io.dsstudio.ui.common.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty checklist says which half of the pair is still to be chosen, in both languages. */
class ChecklistPlaceholderTest {

    @ParameterizedTest(name = "node ''{0}'', DaemonSet ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null                 | null                | why.none",
            "''                   | '  '                | why.none",
            "''                   | kube-system/kube-proxy | why.none.node",
            "ip-10-0-1-7          | ''                  | why.none.daemonSet",
            "ip-10-0-1-7          | kube-system/kube-proxy | why.none.found",
    })
    void asksForWhatIsMissing(String node, String daemonSet, String key) {
        assertThat(ChecklistTable.placeholderKey(node, daemonSet)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"why.none", "why.none.node", "why.none.daemonSet", "why.none.found"})
    void everyAnswerIsWordedInEnglishAndChinese(String key) {
        String english = new Messages(Locale.ENGLISH).get(key);
        String chinese = new Messages(Locale.SIMPLIFIED_CHINESE).get(key);
        assertThat(english).isNotBlank().isNotEqualTo(key);
        assertThat(chinese).isNotBlank().isNotEqualTo(english);
    }
}

package io.dsstudio.ui.common;

import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Reason;
import io.dsstudio.reconcile.ReasonCode;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonTextTest {
    private final Reason taint = new Reason(ReasonCode.UntoleratedTaint, "taint gpu=true:NoSchedule is not tolerated", "gpu=true:NoSchedule");

    @Test
    void ofKeepsTheReconcilersEnglishSentences() {
        ReasonText english = new ReasonText(new Messages(Locale.ENGLISH));
        assertThat(english.of(taint)).isEqualTo("taint gpu=true:NoSchedule is not tolerated");
        assertThat(english.of(PlannedAction.delete("n1", "p", DeleteCause.NoExecuteTaint, "evicted by a NoExecute taint")))
                .isEqualTo("evicted by a NoExecute taint");
    }

    @Test
    void ofKeepsApostrophesAndBracesOfTheEnglishSentence() {
        ReasonText english = new ReasonText(new Messages(Locale.ENGLISH));
        Reason odd = new Reason(ReasonCode.NodeAffinityMismatch, "term {0} doesn't match", "");
        assertThat(english.of(odd)).isEqualTo("term {0} doesn't match");
    }

    @Test
    void ofWritesChineseWithTheSubject() {
        ReasonText chinese = new ReasonText(new Messages(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.of(taint)).isEqualTo("污点 gpu=true:NoSchedule 未被容忍");
        assertThat(chinese.of(PlannedAction.create("n1", "the node should run the DaemonSet"))).contains("将创建");
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(chinese.of(new Reason(code, "english", "x"))).as(code.name()).isNotEqualTo("english");
        }
        for (DeleteCause cause : DeleteCause.values()) {
            assertThat(chinese.of(PlannedAction.delete("n", "p", cause, "english"))).as(cause.name()).isNotEqualTo("english");
        }
    }
}

package io.dsstudio.app;

import io.dsstudio.reconcile.ChecklistRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the Chinese UI the why panel's detail line is Chinese too: it said the reconciler's English detail ("term 0
 * does not match …") under a Chinese sentence. {@code explain}'s JSON keeps that English detail.
 */
class WhyDetailChineseFxTest extends AppWindowTest {
    private static final String NODE = "n1";
    private static final String DS = "default/agent";

    @Start
    void start(Stage stage) throws Exception {
        show(stage, Locale.SIMPLIFIED_CHINESE, 1280, 800);
        context.mainModel().open(Path.of(WhyDetailChineseFxTest.class.getResource("/cli/explain-affinity.yaml").toURI()));
    }

    @Test
    void theDetailLineSpeaksChineseAndGivesBothSidesInFull(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        @SuppressWarnings("unchecked")
        TableView<ChecklistRow> table = (TableView<ChecklistRow>) context.whyPanel().root().lookup("#whyChecklist");
        ChecklistRow failing = table.getSelectionModel().getSelectedItem();
        String detail = ((Label) context.whyPanel().root().lookup("#whyDetail")).getText();

        assertThat(failing.detail()).isNotBlank();
        assertThat(detail).doesNotContain(failing.detail())
                .contains("\nDaemonSet\uff1a").contains("\n\u8282\u70b9\uff1a")
                .doesNotContain("does not match");
    }
}

package io.dsstudio.ui.why;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.LabelEdit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening the "why" panel again on the same pair of the same snapshot keeps its checklist rows and fix buttons (they
 * were replaced on every Ctrl+I, and the window styled and laid out new buttons); another snapshot makes them anew.
 */
class WhyViewModelWorkTest {
    private static final String NODE = "ip-10-0-1-101.ec2.internal";
    private static final String DAEMON_SET = "logging/fluent-bit";

    private final StudioState state = TestStudio.demoState();
    private final WhyViewModel model = new WhyViewModel(state, (ds, taint) -> false);
    private final List<String> changes = new ArrayList<>();

    WhyViewModelWorkTest() {
        model.show(NODE, DAEMON_SET);
        model.rows().addListener((ListChangeListener<Object>) c -> changes.add("rows"));
        model.fixes().addListener((ListChangeListener<Object>) c -> changes.add("fixes"));
    }

    @Test
    void theSamePairAgainChangesNothing() {
        var checklist = model.checklistProperty().get();

        model.show(NODE, DAEMON_SET);

        assertThat(changes).isEmpty();
        assertThat(model.checklistProperty().get()).isSameAs(checklist);
    }

    @Test
    void anEditOfTheNodeMakesTheChecklistAnew() {
        var checklist = model.checklistProperty().get();
        state.stage(LabelEdit.set(Set.of(NODE), "team", "a"));
        state.commit();

        assertThat(changes).contains("rows");
        assertThat(model.checklistProperty().get()).isNotSameAs(checklist);
        assertThat(model.checklistProperty().get().node()).isEqualTo(NODE);
    }
}

package io.dsstudio.ui.common;

import io.dsstudio.ui.daemonsets.PlacementVerdict;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verdict text, selected rows and status chips read at 4.5:1 or more in both themes. The colours are the ones CSS
 * applied (AtlantaFX underneath, app.css and dark.css on top), read back from styled nodes of a real scene.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastFxTest {
    private static final double WCAG_AA = 4.5;

    private Stage stage;
    private TableView<PlacementVerdict> table;
    private VBox chips;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>(FXCollections.observableArrayList(PlacementVerdict.values()));
        TableColumn<PlacementVerdict, PlacementVerdict> verdict = new TableColumn<>("Verdict");
        verdict.setPrefWidth(240);
        verdict.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PlacementVerdict item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith(Styles.VERDICT_PREFIX));
                setText(empty || item == null ? null : item.name());
                if (!empty && item != null) {
                    getStyleClass().add(Styles.VERDICT_PREFIX + item.styleSuffix()); // as DaemonSetsView styles them
                }
            }
        });
        table.getColumns().add(verdict);
        chips = new VBox(4);
        for (ChipKind kind : ChipKind.values()) {
            chips.getChildren().add(StatusChip.of(kind, kind.name()));
        }
        stage.setScene(new Scene(new VBox(table, chips), 600, 700));
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void verdictTextReadsOnPlainAndSelectedRows(Theme theme, FxRobot robot) {
        install(robot, theme);
        List<String> failures = new ArrayList<>();
        for (int row = 0; row < PlacementVerdict.values().length; row++) {
            int index = row;
            for (boolean selected : new boolean[] {false, true}) {
                robot.interact(() -> {
                    if (selected) {
                        table.getSelectionModel().clearAndSelect(index);
                        table.requestFocus();
                    } else {
                        table.getSelectionModel().clearSelection();
                    }
                    table.applyCss();
                    table.layout();
                });
                TableCell<?, ?> cell = cell(robot, PlacementVerdict.values()[index].name());
                check(failures, theme + " " + cell.getText() + (selected ? " selected" : ""), (Color) cell.getTextFill(),
                        Contrast.backgroundBehind(cell));
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void statusChipsReadOnTheirTint(Theme theme, FxRobot robot) {
        install(robot, theme);
        List<String> failures = new ArrayList<>();
        for (javafx.scene.Node node : chips.getChildren()) {
            StatusChip chip = (StatusChip) node;
            assertThat(chip.getGraphic()).as("every chip has an icon, not colour alone").isNotNull();
            check(failures, theme + " chip " + chip.getText(), (Color) chip.getTextFill(), Contrast.backgroundBehind(chip));
        }
        assertThat(failures).isEmpty();
    }

    private void install(FxRobot robot, Theme theme) {
        robot.interact(() -> {
            new ThemeManager(theme, Locale.ENGLISH).install(stage.getScene());
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    private TableCell<?, ?> cell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText())).query();
    }

    private static void check(List<String> failures, String what, Color text, Color background) {
        double ratio = Contrast.ratio(text, background);
        if (ratio < WCAG_AA) {
            failures.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1", what, text, background, ratio));
        }
    }
}

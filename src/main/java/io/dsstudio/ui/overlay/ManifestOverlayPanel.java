package io.dsstudio.ui.overlay;

import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The window of File ▸ Open manifests over this snapshot…: what the manifests change (object by object, with the
 * generations PrepareForUpdate gives), the staged edit's consequences with Commit and Discard (the what-if view,
 * shared with the Labels view), or, when something is wrong, the problems with file, line and field.
 */
public final class ManifestOverlayPanel {
    private final ManifestOverlayViewModel model;
    private final Messages messages;
    private final ThemeManager themes;
    private final VBox root = new VBox(8);
    private Stage stage;

    /** @param whatIf the staged edit's consequences with Commit and Discard */
    public ManifestOverlayPanel(ManifestOverlayViewModel model, Messages messages, ThemeManager themes, Node whatIf) {
        this.model = model;
        this.messages = messages;
        this.themes = themes;
        root.setId("overlayPane");
        root.getStyleClass().add(Styles.DETAIL_PANE);
        Label summary = new Label();
        summary.setId("overlaySummary");
        summary.getStyleClass().add(Styles.SECTION_TITLE);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("overlayProblems");
        problems.getStyleClass().add(Styles.ERROR_TEXT);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setPrefHeight(160);
        Node objects = objectsTable();
        objects.visibleProperty().bind(problems.visibleProperty().not());
        objects.managedProperty().bind(objects.visibleProperty());
        whatIf.visibleProperty().bind(problems.visibleProperty().not());
        whatIf.managedProperty().bind(whatIf.visibleProperty());
        VBox.setVgrow(whatIf, Priority.ALWAYS);
        root.getChildren().addAll(summary, problems, objects, whatIf);
    }

    private Node objectsTable() {
        TableView<OverlayRow> table = new TableView<>(model.rows());
        table.setId("overlayObjects");
        table.setPlaceholder(new Label(messages.get("overlay.noObjects")));
        table.setPrefHeight(150);
        TableColumn<OverlayRow, String> object = Columns.of("overlayObject", messages.get("overlay.col.object"), OverlayRow::object);
        object.setPrefWidth(320);
        TableColumn<OverlayRow, String> change = Columns.of("overlayChange", messages.get("overlay.col.change"), OverlayRow::change);
        change.setPrefWidth(520);
        table.getColumns().setAll(List.of(object, change));
        return table;
    }

    /** Opens (or brings forward) the window. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(messages.get("overlay.title"));
            Scene scene = new Scene(root, 900, 560);
            themes.install(scene);
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    public VBox root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }
}

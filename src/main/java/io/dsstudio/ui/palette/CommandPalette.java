package io.dsstudio.ui.palette;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.ui.common.ThemeManager;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * Ctrl+K: a search field over commands, DaemonSets, nodes and labels. Type to filter, ↑/↓ to move, Enter to go,
 * Escape to close. The entries are gathered when it opens (the menus' state and the snapshot of that moment).
 */
public final class CommandPalette {
    private final Messages messages;
    private final ThemeManager themes;
    private final Supplier<List<PaletteEntry>> entries;
    private final TextField field = new TextField();
    private final ObservableList<PaletteEntry> shown = FXCollections.observableArrayList();
    private final ListView<PaletteEntry> list = new ListView<>(shown);
    private final VBox root = new VBox(6, field, list);
    private List<PaletteEntry> all = List.of();
    private Stage stage;

    public CommandPalette(Messages messages, ThemeManager themes, Supplier<List<PaletteEntry>> entries) {
        this.messages = messages;
        this.themes = themes;
        this.entries = entries;
        root.setId("commandPalette");
        root.getStyleClass().add(Styles.DETAIL_PANE);
        field.setId("paletteField");
        field.setPromptText(messages.get("palette.prompt"));
        list.setId("paletteList");
        list.setCellFactory(l -> new EntryCell());
        list.setPrefHeight(360);
        field.textProperty().addListener((obs, old, now) -> filter(now));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> choose();
            case ESCAPE -> hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int next = Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    private void filter(String query) {
        shown.setAll(PaletteSearch.find(all, query));
        if (!shown.isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private void choose() {
        PaletteEntry chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            hide();
            chosen.action().run();
        }
    }

    private void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    public void show(Window owner) {
        all = entries.get();
        if (stage == null) {
            stage = new Stage(StageStyle.UNDECORATED);
            stage.initOwner(owner);
            stage.setTitle(messages.get("palette.title"));
            Scene scene = new Scene(root, 640, 420);
            themes.install(scene);
            stage.setScene(scene);
            stage.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    hide();
                }
            });
        }
        field.clear();
        filter("");
        if (owner != null) {
            stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - 640) / 2));
            stage.setY(owner.getY() + 80);
        }
        stage.show();
        stage.toFront();
        field.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public VBox root() {
        return root;
    }

    public ObservableList<PaletteEntry> shown() {
        return shown;
    }

    private final class EntryCell extends ListCell<PaletteEntry> {
        @Override
        protected void updateItem(PaletteEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(messages.get("palette.badge." + item.kind().name().toLowerCase(java.util.Locale.ROOT)));
            kind.setMinWidth(Region.USE_PREF_SIZE);
            kind.getStyleClass().add(Styles.HINT);
            Label text = new Label(item.text());
            Label detail = new Label(item.detail());
            detail.getStyleClass().add(Styles.HINT);
            detail.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            setText(null);
            setGraphic(new HBox(8, kind, text, spacer, detail));
        }
    }
}

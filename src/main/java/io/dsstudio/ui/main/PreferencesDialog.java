package io.dsstudio.ui.main;

import io.dsstudio.ui.common.DialogStyle;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.ui.common.Theme;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Locale;

/** Edit ▸ Preferences… (the first menu on macOS): language, theme and the node map's grouping, showing the current ones. */
final class PreferencesDialog {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final MainViewModel model;
    private final Messages messages;
    private final ChoiceBox<Locale> language = new ChoiceBox<>(FXCollections.observableArrayList(LANGUAGES));
    private final ChoiceBox<Theme> theme = new ChoiceBox<>(FXCollections.observableArrayList(Theme.values()));
    private final ComboBox<String> groupBy = new ComboBox<>();

    PreferencesDialog(MainViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        language.setId("preferencesLanguage");
        theme.setId("preferencesTheme");
        groupBy.setId("preferencesGroupBy");
        language.setConverter(converter(l -> messages.get("zh".equals(l.getLanguage()) ? "menu.prefs.chinese" : "menu.prefs.english")));
        theme.setConverter(converter(t -> messages.get("prefs.theme." + t.name().toLowerCase(Locale.ROOT))));
        groupBy.setItems(model.labelKeys());
        groupBy.setEditable(true);
        groupBy.setPrefWidth(280);
    }

    GridPane content() {
        language.setValue(model.chosenLanguage());
        theme.setValue(model.themeProperty().get());
        groupBy.setValue(model.groupByProperty().get());
        GridPane grid = new GridPane();
        grid.setId("preferencesGrid");
        grid.getStyleClass().add(Styles.DIALOG_FORM);
        grid.addRow(0, new Label(messages.get("menu.prefs.language")), language);
        Label nextStart = new Label(messages.get("prefs.language.nextStart"));
        nextStart.getStyleClass().add(Styles.HINT);
        grid.add(nextStart, 1, 1);
        grid.addRow(2, new Label(messages.get("prefs.theme")), theme);
        grid.addRow(3, new Label(messages.get("prefs.groupBy")), groupBy);
        Label groupHint = new Label(messages.get("prefs.groupBy.hint"));
        groupHint.getStyleClass().add(Styles.HINT);
        grid.add(groupHint, 1, 4);
        return grid;
    }

    /** Shows the dialog without blocking; OK applies the choices. */
    Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("prefs.title"));
        dialog.getDialogPane().setId("preferencesDialog");
        dialog.getDialogPane().setContent(content());
        ButtonType ok = new ButtonType(messages.get("prefs.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("prefs.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        DialogStyle.from(owner, dialog.getDialogPane());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                model.applyPreferences(language.getValue(), theme.getValue(), groupBy.getEditor().getText());
            }
        });
        dialog.show();
        return dialog;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}

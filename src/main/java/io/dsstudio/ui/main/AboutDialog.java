package io.dsstudio.ui.main;

import io.dsstudio.build.AppVersion;
import io.dsstudio.ui.common.DialogStyle;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Objects;

/** Help ▸ About (the first menu on macOS): name, version, licence, links and what the app runs on. */
final class AboutDialog {
    static final String WEBSITE = "https://dsstudio.io";
    static final String LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0";

    private final MainViewModel model;
    private final Messages messages;

    AboutDialog(MainViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    HBox content() {
        ImageView icon = new ImageView(new Image(Objects.requireNonNull(
                AboutDialog.class.getResource("/io/dsstudio/ui/icon-64.png")).toExternalForm()));
        Label name = new Label(MainViewModel.APP_NAME);
        name.getStyleClass().add(Styles.ABOUT_NAME);
        Label version = new Label(messages.get("about.version", AppVersion.current()));
        version.setId("aboutVersion");
        Label description = new Label(messages.get("about.description"));
        description.setWrapText(true);
        Label license = new Label(messages.get("about.license"));
        license.setId("aboutLicense");
        Hyperlink website = link("aboutWebsite", WEBSITE, WEBSITE);
        Hyperlink licenseText = link("aboutLicenseLink", messages.get("about.licenseLink"), LICENSE_URL);
        Label runtime = new Label(messages.get("about.runtime", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"))));
        runtime.getStyleClass().add(Styles.HINT);
        VBox text = new VBox(6, name, version, description, license, new HBox(4, website, licenseText), runtime);
        text.setPrefWidth(380);
        HBox box = new HBox(18, icon, text);
        box.setId("aboutContent");
        return box;
    }

    private Hyperlink link(String id, String text, String url) {
        Hyperlink link = new Hyperlink(text);
        link.setId(id);
        link.setOnAction(e -> {
            if (!model.openLink(url)) {
                // no browser to ask: the address goes to the clipboard, and the status bar says so
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(url);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                model.statusProperty().set(messages.get("status.linkCopied", url));
            }
        });
        return link;
    }

    Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("results.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        DialogStyle.from(owner, dialog.getDialogPane());
        dialog.show();
        return dialog;
    }
}

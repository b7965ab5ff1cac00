package io.dsstudio.ui.main;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.workspace.Preferences;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.yaml.SnapshotLoader;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The menus' icons are made when their menu first opens: the window's start makes none it does not show. */
@ExtendWith(ApplicationExtension.class)
class MenuIconsFxTest {
    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    private MenuBar bar() {
        MainViewModel model = new MainViewModel(TestStudio.state(), new SnapshotOpener(new SnapshotLoader()), new Preferences(home),
                new Messages(Locale.ENGLISH));
        MainView.Views views = new MainView.Views(Label::new, Label::new, Label::new, Label::new, Label::new, () -> { }, () -> { });
        return new MainMenu(model, new Messages(Locale.ENGLISH), views, new MainMenu.Dialogs(() -> { }, () -> { }, () -> { }),
                MainMenu.Platform.OTHER).build();
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void noMenuHasIconsUntilItOpensAndThenItsItemsHaveThem() {
        MenuBar bar = bar();
        assertThat(bar.getMenus()).allSatisfy(menu -> assertThat(menu.getItems()).allSatisfy(i -> assertThat(i.getGraphic()).isNull()));

        Menu file = bar.getMenus().get(0);
        Event.fireEvent(file, new Event(Menu.ON_SHOWING));

        assertThat(item(bar, "menuOpen").getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(item(bar, "menuQuit").getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(item(bar, "menuOpenFolder").getGraphic()).as("an item without an icon stays without").isNull();
        assertThat(item(bar, "menuViewMap").getGraphic()).as("another menu's items wait for their menu").isNull();

        FontIcon open = (FontIcon) item(bar, "menuOpen").getGraphic();
        Event.fireEvent(file, new Event(Menu.ON_SHOWING));
        assertThat(item(bar, "menuOpen").getGraphic()).as("made once").isSameAs(open);

        for (Menu menu : bar.getMenus()) {
            Event.fireEvent(menu, new Event(Menu.ON_SHOWING));
        }
        assertThat(item(bar, "menuViewMap").getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(item(bar, "menuPreferences").getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(item(bar, "menuAbout").getGraphic()).isInstanceOf(FontIcon.class);
    }
}

package io.dsstudio.ui.main;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.workspace.Preferences;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.yaml.SnapshotLoader;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preferences and About sit where each desktop expects them. JavaFX cannot add to macOS's application menu, so on
 * macOS the bar is the system menu bar and both open its first menu; elsewhere Preferences is under Edit, About under Help.
 */
@ExtendWith(ApplicationExtension.class)
class MainMenuPlatformFxTest {
    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    private MenuBar bar(MainMenu.Platform platform) {
        MainViewModel model = new MainViewModel(TestStudio.state(), new SnapshotOpener(new SnapshotLoader()), new Preferences(home),
                new Messages(Locale.ENGLISH));
        MainView.Views views = new MainView.Views(Label::new, Label::new, Label::new, Label::new, Label::new, () -> { }, () -> { });
        return new MainMenu(model, new Messages(Locale.ENGLISH), views, new MainMenu.Dialogs(() -> { }, () -> { }, () -> { }), platform).build();
    }

    private static String menuOf(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> m.getItems().stream().map(MenuItem::getId).anyMatch(id::equals))
                .map(Menu::getText).findFirst().orElse("(none)");
    }

    @ParameterizedTest
    @CsvSource({
            "Linux,           OTHER, Edit, Help, false",
            "Windows 11,      OTHER, Edit, Help, false",
            "Mac OS X,        MAC,   File, File, true",
    })
    void preferencesAndAboutAreWhereThePlatformPutsThem(String osName, MainMenu.Platform expected, String preferencesMenu,
                                                        String aboutMenu, boolean systemMenuBar) {
        MainMenu.Platform platform = MainMenu.Platform.of(osName);
        assertThat(platform).isEqualTo(expected);
        MenuBar bar = bar(platform);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Help");
        assertThat(menuOf(bar, "menuPreferences")).isEqualTo(preferencesMenu);
        assertThat(menuOf(bar, "menuAbout")).isEqualTo(aboutMenu);
        assertThat(bar.isUseSystemMenuBar()).isEqualTo(systemMenuBar);
    }

    @Test
    void onMacAboutAndPreferencesOpenTheFirstMenu() {
        List<MenuItem> first = bar(MainMenu.Platform.MAC).getMenus().get(0).getItems();
        assertThat(first.subList(0, 2)).extracting(MenuItem::getId).containsExactly("menuAbout", "menuPreferences");
    }
}

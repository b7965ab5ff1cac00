package io.dsstudio.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DialogButtonsTest {
    @ParameterizedTest
    @CsvSource({
            "ok,     OK,     确定, OK_DONE",
            "cancel, Cancel, 取消, CANCEL_CLOSE",
            "yes,    Yes,    是,   YES",
            "no,     No,     否,   NO",
            "close,  Close,  关闭, CANCEL_CLOSE",
    })
    void buttonsSpeakTheWindowsLanguageWhateverTheJvmsIs(String button, String english, String chinese, ButtonData data) {
        Function<DialogButtons, ButtonType> make = switch (button) {
            case "ok" -> DialogButtons::ok;
            case "cancel" -> DialogButtons::cancel;
            case "yes" -> DialogButtons::yes;
            case "no" -> DialogButtons::no;
            default -> DialogButtons::close;
        };
        ButtonType en = make.apply(new DialogButtons(new Messages(Locale.ENGLISH)));
        ButtonType zh = make.apply(new DialogButtons(new Messages(Locale.SIMPLIFIED_CHINESE)));
        assertThat(en.getText()).isEqualTo(english);
        assertThat(zh.getText()).isEqualTo(chinese);
        assertThat(en.getButtonData()).isEqualTo(data);
        assertThat(zh.getButtonData()).isEqualTo(data);
    }
}

package io.dsstudio.ui.common;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes each stylesheet's binary form beside it (app.bss next to app.css; JavaFX loads that in place of
 * the .css, so the window's first frame does not wait for the CSS parser). The binary must say exactly what the
 * stylesheet says: a stale or partial one would change the look without anyone editing the CSS.
 */
class BinaryStylesheetsTest {
    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachStylesheetHasABinaryBesideItWithTheSameRules(Theme theme) throws Exception {
        for (String css : ThemeManager.stylesheets(theme)) {
            URL source = new URL(css);
            URL binary = new URL(css.replaceFirst("\\.css$", ".bss"));
            Stylesheet parsed = new CssParser().parse(source);
            Stylesheet loaded = Stylesheet.loadBinary(binary);
            assertThat(loaded).as(binary + " is missing: the build writes it (pom.xml, css-binary)").isNotNull();
            assertThat(texts(loaded.getRules())).as(binary.toString()).containsExactlyElementsOf(texts(parsed.getRules()));
        }
    }

    /** Each rule's selectors and declarations (a binary stylesheet's rules decode their declarations when asked). */
    private static List<String> texts(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + text(d.getParsedValue()) + (d.isImportant() ? " !important" : "")).toList()).toList();
    }

    /** A parsed value as text, nested values and arrays of them included (their own toString shows array identities). */
    private static String text(Object value) {
        if (value instanceof javafx.css.ParsedValue<?, ?> parsed) {
            return (parsed.isContainsLookups() ? "lookup " : "") + text(parsed.getValue()) + " as " + parsed.getConverter();
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(BinaryStylesheetsTest::text).toList().toString();
        }
        return String.valueOf(value);
    }
}

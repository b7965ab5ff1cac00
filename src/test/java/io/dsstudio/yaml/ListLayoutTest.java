package io.dsstudio.yaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts {@link ListLayout} finds: top-level keys and column-0 items, covering the document without gaps. */
class ListLayoutTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text ('/' is a line break) | keys (their first lines) | items (their first lines), or 'none'
            "apiVersion: v1/kind: List/items:/- a: 1/  b: 2/- c/|apiVersion: v1,kind: List,items:|- a: 1,- c",
            "# top/apiVersion: v1/items:/# first/- a/kind: List/|# top,items:,kind: List|- a",
            "items:   # here/- a/# between//- b/  # indented/|items:   # here|- a,- b",
            "items:/-/  a: 1/- b/|items:|-,- b",
            "items:/- a/---x/|items:,---x|- a",
            "items: []/- a/|items: []|none",
            "items:/  - a/|items:|none",
            "'  apiVersion: v1/items:/- a/'|none|none",
            "kind: List/- a/items:/- b/|kind: List,- a,items:|- b",
            "items:/- a/items:/- b/|none|none",
            "items:#x/- a/|none|none"})
    void findsTheKeysAndItems(String text, String keys, String items) {
        String s = text.replace('/', '\n');
        ListLayout layout = ListLayout.scan(s, 0, s.length(), 1);
        if ("none".equals(items)) {
            assertThat(layout).isNull();
            return;
        }
        assertThat(firstLines(s, layout.keys())).containsExactly(keys.split(","));
        List<ListLayout.Part> found = new ArrayList<>();
        for (int i = 0; i < layout.items(); i++) {
            found.add(layout.item(i));
        }
        assertThat(firstLines(s, found)).containsExactly(items.split(","));
        List<ListLayout.Part> all = new ArrayList<>(layout.keys());
        all.addAll(found);
        all.sort(java.util.Comparator.comparingInt(ListLayout.Part::from));
        assertThat(all.get(0).from()).isZero();
        assertThat(all.get(all.size() - 1).to()).isEqualTo(s.length());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).from()).isEqualTo(all.get(i - 1).to());
            assertThat(all.get(i).line()).isEqualTo(1 + (int) s.substring(0, all.get(i).from()).chars().filter(c -> c == '\n').count());
        }
    }

    private static List<String> firstLines(String s, List<ListLayout.Part> parts) {
        return parts.stream().map(p -> {
            String text = s.substring(p.from(), p.to());
            return text.substring(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n'));
        }).toList();
    }
}

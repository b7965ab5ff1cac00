package io.dsstudio.ui.common;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows brought up to date in a {@link RowList}: listeners hear one change, with only the rows that changed. */
class RowListTest {
    private record Row(String key, int value) {
    }

    private final RowList<Row> rows = new RowList<>();
    private final List<List<String>> heard = new ArrayList<>();

    RowListTest() {
        rows.setAll(List.of(new Row("a", 1), new Row("b", 1), new Row("c", 1), new Row("d", 1)));
        rows.addListener((ListChangeListener<Row>) c -> {
            List<String> replaced = new ArrayList<>();
            while (c.next()) {
                if (c.wasReplaced()) {
                    c.getAddedSubList().forEach(r -> replaced.add(r.key()));
                } else {
                    replaced.add("other change");
                }
            }
            heard.add(replaced);
        });
    }

    @Test
    void manyChangedRowsAreOneChangeWithOnlyThem() {
        int count = RowUpdates.replaceChanged(rows, List.of(new Row("a", 2), new Row("b", 1), new Row("c", 2), new Row("d", 2)), Row::key);

        assertThat(count).isEqualTo(3);
        assertThat(heard).containsExactly(List.of("a", "c", "d"));
        assertThat(rows).extracting(Row::value).containsExactly(2, 1, 2, 2);
    }

    @Test
    void unchangedRowsAreNoChangeAtAll() {
        int count = RowUpdates.replaceChanged(rows, List.copyOf(rows), Row::key);

        assertThat(count).isZero();
        assertThat(heard).isEmpty();
    }

    @Test
    void otherKeysReplaceTheRowsInOneChange() {
        RowUpdates.replaceChanged(rows, List.of(new Row("x", 1)), Row::key);

        assertThat(heard).hasSize(1);
        assertThat(rows).extracting(Row::key).containsExactly("x");
    }
}

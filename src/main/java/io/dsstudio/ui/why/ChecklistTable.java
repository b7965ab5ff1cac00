package io.dsstudio.ui.why;

import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;

import java.util.List;

/** The why panel's checklist: ✓/✗/ℹ, the rule, and both sides' values; each row's sentence in the rule's tooltip. */
final class ChecklistTable {
    private final ChecklistText text;
    private final Messages messages;

    ChecklistTable(ChecklistText text, Messages messages) {
        this.text = text;
        this.messages = messages;
    }

    /**
     * The table of {@code rows}, its columns fitted to a panel {@code width} wide; with no rows it says which of
     * the pair ({@code node}, {@code daemonSet}) is still to be chosen.
     */
    TableView<ChecklistRow> build(ObservableList<ChecklistRow> rows, double width,
                                  ObservableStringValue node, ObservableStringValue daemonSet) {
        TableView<ChecklistRow> table = new TableView<>();
        table.setId("whyChecklist");
        table.setItems(rows);
        Label placeholder = new Label();
        placeholder.setId("whyPlaceholder");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        placeholder.setPadding(new Insets(12, 24, 12, 24));
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(placeholderKey(node.get(), daemonSet.get())), node, daemonSet));
        table.setPlaceholder(placeholder);
        TableColumn<ChecklistRow, ChecklistRow> mark = Columns.of("whyMark", "", r -> r);
        mark.setCellFactory(c -> new MarkCell());
        mark.setPrefWidth(30);
        mark.setSortable(false);
        TableColumn<ChecklistRow, String> rule = Columns.of("whyRule", messages.get("why.col.rule"), text::rule);
        rule.setPrefWidth(150);
        rule.setCellFactory(c -> new RuleCell(width));
        TableColumn<ChecklistRow, String> dsValue = Columns.of("whyDsValue", messages.get("why.col.daemonSet"),
                r -> text.value(r.daemonSetValue()));
        dsValue.setPrefWidth(160);
        TableColumn<ChecklistRow, String> nodeValue = Columns.of("whyNodeValue", messages.get("why.col.node"),
                r -> text.value(r.nodeValue()));
        nodeValue.setPrefWidth(160);
        // the sentence of each row is in the rule's tooltip and, for the selected row, in full under the table
        table.getColumns().setAll(List.of(mark, rule, dsValue, nodeValue));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** What an empty checklist asks for: the node, the DaemonSet, or both (a pair not found says so above it). */
    static String placeholderKey(String node, String daemonSet) {
        boolean noNode = node == null || node.isBlank();
        boolean noDaemonSet = daemonSet == null || daemonSet.isBlank();
        if (noNode && noDaemonSet) {
            return "why.none";
        }
        return noNode ? "why.none.node" : noDaemonSet ? "why.none.daemonSet" : "why.none.found";
    }

    /** The row to read first: the first check that fails, else the first row (-1 when there is none). */
    static int firstFailing(List<ChecklistRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).status() == ChecklistRow.Status.FAIL) {
                return i;
            }
        }
        return rows.isEmpty() ? -1 : 0;
    }

    private final class MarkCell extends TableCell<ChecklistRow, ChecklistRow> {
        @Override
        protected void updateItem(ChecklistRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(Styles.VERDICT_PREFIX));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(text.mark(item));
            getStyleClass().add(Styles.VERDICT_PREFIX + switch (item.status()) {
                case PASS -> "runs";
                case FAIL -> "will-delete";
                case INFO -> "excluded";
            });
        }
    }

    /** The rule's name, with the row's sentence and detail as its tooltip (made when first hovered, not per row). */
    private final class RuleCell extends TableCell<ChecklistRow, String> {
        private final Tooltip tip = new Tooltip();

        RuleCell(double width) {
            tip.setWrapText(true);
            tip.setMaxWidth(width);
            tip.setOnShowing(e -> {
                ChecklistRow row = getTableRow() == null ? null : getTableRow().getItem();
                tip.setText(row == null ? "" : text.explanation(row) + "\n" + row.detail());
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null ? null : tip);
        }
    }
}

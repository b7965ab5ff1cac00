package io.dsstudio.ui.editor;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import java.util.List;

/**
 * The YAML text area: line numbers, colours and problem marks, indentation kept on Enter (one level more after a
 * key that opens a block), closing brackets and quotes typed for you, and find. Undo/redo are the CodeArea's own.
 */
final class CodeEditor {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> pane = new VirtualizedScrollPane<>(area);
    private List<EditorProblem> problems = List.of();

    CodeEditor() {
        area.setId("editorText");
        area.getStyleClass().add("yaml-editor");
        area.setParagraphGraphicFactory(new LineNumbers(area));
        area.textProperty().addListener((obs, old, now) -> restyle());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
    }

    VirtualizedScrollPane<CodeArea> node() {
        return pane;
    }

    CodeArea area() {
        return area;
    }

    void setText(String text) {
        if (!area.getText().equals(text)) {
            boolean first = area.getLength() == 0;
            int caret = Math.min(area.getCaretPosition(), text.length());
            area.replaceText(text);
            area.moveTo(caret);
            if (first) {
                // replaceText scrolled to the end of the new text: a new tab shows its first line, with the caret there
                area.showParagraphAtTop(0);
            }
        }
    }

    void setProblems(List<EditorProblem> shown) {
        problems = List.copyOf(shown);
        restyle();
    }

    private void restyle() {
        String text = area.getText();
        List<EditorProblem> current = problems;
        area.setStyleSpans(0, YamlHighlighter.highlight(text, current));
    }

    /** Puts the caret at a 1-based line and column and shows it. */
    void moveTo(int line, int column) {
        int offset = YamlHighlighter.offset(area.getText(), line, column);
        area.moveTo(offset);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Selects the next occurrence of {@code needle} after the caret (wrapping); false when there is none. */
    boolean findNext(String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        String text = area.getText();
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        int at = text.indexOf(needle, from);
        if (at < 0) {
            at = text.indexOf(needle);
        }
        if (at < 0) {
            return false;
        }
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    void bindFind(TextField find) {
        find.setOnAction(e -> findNext(find.getText()));
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            String indent = Indentation.after(area.getText(), area.getCaretPosition());
            area.replaceSelection("\n" + indent);
            area.requestFollowCaret();
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            area.replaceSelection("  "); // YAML forbids tabs for indentation
            e.consume();
        }
    }

    private void onKeyTyped(KeyEvent e) {
        String typed = e.getCharacter();
        String closing = switch (typed) {
            case "[" -> "]";
            case "{" -> "}";
            case "\"" -> "\"";
            default -> null;
        };
        int caret = area.getCaretPosition();
        String text = area.getText();
        if (closing == null) {
            // typing the closer that is already there steps over it
            if (("]".equals(typed) || "}".equals(typed)) && caret < text.length() && text.charAt(caret) == typed.charAt(0)) {
                area.moveTo(caret + 1);
                e.consume();
            }
            return;
        }
        if (area.getSelection().getLength() == 0 && (caret == text.length() || Character.isWhitespace(text.charAt(caret)))) {
            area.insertText(caret, typed + closing);
            area.moveTo(caret + 1);
            e.consume();
        }
    }
}

package io.dsstudio.yaml;

import java.util.List;

/**
 * Where an object's document stands in its file, so the object's tree can be read again: the window of the
 * file's text, its first line, how it was parsed, and which of the window's roots holds the object.
 */
record DocumentRef(DocumentParser parser, int from, int to, int line, boolean json, int rootOrdinal) {
    YMap reread(SourceFile file, int itemIndex) {
        List<YNode> roots;
        try {
            roots = parser.parse(DocumentText.window(file.text(), from, to, line, !json), json);
        } catch (SyntaxProblem e) {
            throw new IllegalStateException("the document at line " + line + " of " + file.displayPath()
                    + " no longer reads: " + e.getMessage(), e);
        }
        YNode root = roots.get(rootOrdinal);
        if (itemIndex >= 0) {
            root = ((YSeq) ((YMap) root).get("items")).items().get(itemIndex);
        }
        return (YMap) root;
    }
}

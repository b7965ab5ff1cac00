package io.dsstudio.yaml;

/** Text that cannot be read as a document, with the 1-based line and column where reading stopped. */
public final class SyntaxProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public SyntaxProblem(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

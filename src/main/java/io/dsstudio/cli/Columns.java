package io.dsstudio.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Rows printed in columns as kubectl prints them (Go's tabwriter with a padding of three spaces): each column
 * as wide as its widest cell, the last one unpadded, no trailing blanks.
 */
final class Columns {
    private static final int PADDING = 3;

    private Columns() {
    }

    static void print(PrintWriter out, String indent, List<List<String>> rows) {
        int columns = 0;
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (List<String> row : rows) {
            line.setLength(0);
            line.append(indent);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] + PADDING - cell.length()));
                }
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
            out.println(line);
        }
    }
}

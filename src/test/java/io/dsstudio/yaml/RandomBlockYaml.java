package io.dsstudio.yaml;

import java.util.Random;

/** Seeded random block-style YAML documents, and random damage to them, for the differential reader test. */
final class RandomBlockYaml {
    private static final String[] KEYS = {
            "name", "kind", "app.kubernetes.io/name", "\"quoted key\"", "'single'", "a b", "1", "true", "-dash",
            ":colon", "k#h", "x", "\"<<\"", "'it''s'", "key ", "\"e\\\"s\\u00e9\"", "null", "~"};
    private static final String[] EXOTIC_KEYS = {"<<", "? q", "&a k", "[k]", "\"open", "a: b", "k\tt"};
    private static final String[] SCALARS = {
            "value", "two words", "a:b", "http://h:80/p", "a#b", "a # comment", "-1", "0644", "0x1F", "1.5e3", "yes",
            "No", "~", "null", "", "''", "\"\"", "'q'", "'it''s'", "\"d\\n\\t\\u00e9\\x41\\/\\\\\"", "\"\\U0001F600\"",
            "[]", "{}", "{ }", "[ ]", "?q", "-x", ":y", "trailing   ", "v # c: d", ".inf", "-.5", "+12", "0b101",
            "1_000", "2001-12-14", "1:20", "über", "中文"};
    private static final String[] EXOTIC_SCALARS = {
            "\"\\U0001F600\"", "[a]", "{a: 1}", "|", ">-", "&anchor v", "*alias", "!!str 1", "- a", "a: b", "@at",
            "`tick`", "%pct", "\"unterminated", "'open", "tab\there", "#hash", "😀", "\"\\q\"", "a\u0085b"};
    private static final String DAMAGE = " :-#'\"\t\n{}[]&*!|>?%@,\\\r";

    private RandomBlockYaml() {
    }

    static String document(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(4) == 0) {
            out.append("# leading comment\n");
        }
        if (random.nextInt(5) == 0) {
            sequence(out, random, random.nextInt(3), 0);
        } else {
            mapping(out, random, random.nextInt(5) == 0 ? 2 : 0, 0, false);
        }
        return out.toString();
    }

    private static void mapping(StringBuilder out, Random random, int indent, int depth, boolean firstInline) {
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            if (!(firstInline && i == 0)) {
                out.append(" ".repeat(indent));
            }
            out.append(pick(KEYS, EXOTIC_KEYS, random)).append(':');
            value(out, random, indent, depth);
            if (random.nextInt(8) == 0) {
                out.append(random.nextBoolean() ? "\n" : " ".repeat(random.nextInt(6)) + "# note\n");
            }
        }
    }

    private static void sequence(StringBuilder out, Random random, int indent, int depth) {
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            out.append(" ".repeat(indent)).append('-');
            int kind = depth > 3 ? 0 : random.nextInt(4);
            if (kind == 1) {
                out.append(' ');
                mapping(out, random, indent + 2, depth + 1, true);
            } else if (kind == 2) {
                out.append('\n');
                mapping(out, random, indent + 2 + random.nextInt(2), depth + 1, false);
            } else if (kind == 3 && random.nextBoolean()) {
                out.append('\n');
                sequence(out, random, indent + 2, depth + 1);
            } else {
                scalarLine(out, random);
            }
        }
    }

    private static void value(StringBuilder out, Random random, int indent, int depth) {
        int kind = depth > 3 ? 0 : random.nextInt(6);
        if (kind == 1) {
            out.append(random.nextBoolean() ? "\n" : " # about\n");
            mapping(out, random, indent + 2, depth + 1, false);
        } else if (kind == 2) {
            out.append('\n');
            sequence(out, random, indent + (random.nextBoolean() ? 0 : 2), depth + 1);
        } else {
            scalarLine(out, random);
        }
    }

    private static final String[] FLOW_SCALARS = {
            "a", "two words", "50m", "\"q\"", "'s'", "-1", "-x", "1.5", "yes", "~", "\"a,b\"", "'it''s'", "x-y",
            "a#b", "http://h/p", "\"d\\n\""};
    private static final String[] EXOTIC_FLOW = {
            "a:b", "?q", "a #c", ":x", "- x", "", "&a v", "*a", "!t v", "|", "\"open", "a\tb", "k: v", "[", "}", "-"};

    /** A flow collection on one line, nested now and then. */
    private static String flow(Random random, int depth) {
        boolean mapping = random.nextBoolean();
        StringBuilder out = new StringBuilder(mapping ? "{" : "[");
        int entries = random.nextInt(4);
        String pad = random.nextInt(4) == 0 ? " " : "";
        out.append(pad);
        for (int i = 0; i < entries; i++) {
            if (i > 0) {
                out.append(random.nextInt(5) == 0 ? " , " : ", ");
            }
            if (mapping) {
                out.append(pick(FLOW_SCALARS, EXOTIC_FLOW, random)).append(random.nextInt(10) == 0 ? " : " : ": ");
            }
            out.append(depth < 2 && random.nextInt(5) == 0 ? flow(random, depth + 1) : pick(FLOW_SCALARS, EXOTIC_FLOW, random));
        }
        return out.append(pad).append(mapping ? "}" : "]").toString();
    }

    private static void scalarLine(StringBuilder out, Random random) {
        String scalar = random.nextInt(6) == 0 ? flow(random, 0) : pick(SCALARS, EXOTIC_SCALARS, random);
        out.append(scalar.isEmpty() && random.nextBoolean() ? "" : " ".repeat(1 + random.nextInt(2))).append(scalar);
        if (random.nextInt(6) == 0) {
            out.append(" # trailing");
        }
        out.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
    }

    /** Mostly a common word, now and then one outside the fast reader's subset. */
    private static String pick(String[] common, String[] exotic, Random random) {
        return random.nextInt(40) == 0 ? exotic[random.nextInt(exotic.length)] : common[random.nextInt(common.length)];
    }

    /** One to three random edits: a tricky character inserted or a character deleted. */
    static String damage(String document, Random random) {
        StringBuilder out = new StringBuilder(document);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            if (random.nextBoolean()) {
                out.insert(at, DAMAGE.charAt(random.nextInt(DAMAGE.length())));
            } else {
                out.deleteCharAt(at);
            }
        }
        return out.toString();
    }
}

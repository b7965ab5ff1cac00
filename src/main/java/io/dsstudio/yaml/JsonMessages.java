package io.dsstudio.yaml;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in plain words: without its character codes, feature names ("enable
 * JsonReadFeature…"), limits' accessor names and source dumps, which mean nothing to someone fixing a manifest.
 */
final class JsonMessages {
    private record Rewrite(Pattern pattern, String replacement) {
    }

    private static final List<Rewrite> REWRITES = List.of(
            rewrite("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting double-quote to start field name.*",
                    "unexpected character '$1': expected a field name in double quotes"),
            rewrite("^Unexpected character \\('/' \\(code 47\\)\\).*comment.*", "comments are not allowed in JSON"),
            rewrite("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): expected a hex-digit.*",
                    "unexpected character '$1': \\\\u needs four hex digits"),
            rewrite("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)(?:: (.*))?$", "unexpected character '$1'"),
            rewrite("^Non-standard token '(.+?)'.*", "'$1' is not a JSON value"),
            rewrite("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    "a number of $1 digits is longer than the $2 allowed"),
            rewrite("^Unexpected end-of-input: expected close marker for (Object|Array).*line: (\\d+), column: (\\d+).*",
                    "unexpected end of input: the $1 opened at line $2, column $3 is not closed"),
            rewrite("^Unexpected end-of-input.*", "unexpected end of input"),
            rewrite("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "control character $1 in a string: write it as an escape (\\\\n, \\\\t, \\\\u00XX)"),
            rewrite("^Unrecognized token '(.+?)'.*", "unrecognized token '$1': expected a string, number, object, array, "
                    + "true, false or null"),
            rewrite("^Invalid numeric value: Leading zeroes not allowed.*", "invalid number: leading zeroes are not allowed"),
            rewrite("^Unexpected close marker '(.)'.*", "unexpected '$1': nothing to close"));

    private static final Pattern INTERNALS = Pattern.compile(
            "\\s*\\(?(?:start marker at )?\\[Source:.*|[:;]?\\s*(?:enable|disable)?\\s*`?(?:JsonReadFeature|StreamReadFeature|"
                    + "JsonParser\\.Feature|StreamReadConstraints)[^;]*|\\s*\\(not recognized as one since Feature.*");

    private JsonMessages() {
    }

    private static Rewrite rewrite(String regex, String replacement) {
        return new Rewrite(Pattern.compile(regex, Pattern.DOTALL), replacement);
    }

    static String plain(String jackson) {
        for (Rewrite r : REWRITES) {
            Matcher m = r.pattern().matcher(jackson);
            if (m.matches()) {
                return m.replaceFirst(r.replacement());
            }
        }
        String stripped = INTERNALS.matcher(jackson).replaceAll("").strip();
        if (stripped.endsWith(":")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        if (stripped.isEmpty()) {
            return "malformed JSON";
        }
        return Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
    }
}

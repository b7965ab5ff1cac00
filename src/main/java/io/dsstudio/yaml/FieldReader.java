package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.ShownValue;

import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed fields from an object's tree. A value of the wrong type is reported as the API server would
 * reject it (Invalid, at the field's position) and read as absent, so mapping goes on and every problem of
 * the object is reported at once.
 *
 * <p>Each read names the field by its parent's path ({@code base}, empty at the root) and its key; the field's
 * path ({@code base.key}) is written out only for a problem, not for the millions of fields of a large snapshot
 * that have none.
 */
final class FieldReader {
    private final KubeObject object;
    private final List<Diagnostic> problems;

    FieldReader(KubeObject object, List<Diagnostic> problems) {
        this.object = object;
        this.problems = problems;
    }

    boolean hasProblems() {
        for (Diagnostic d : problems) { // a loop, not a stream: asked once for each of hundreds of thousands of objects
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The field's path, written out for a problem. */
    static String path(CharSequence base, String key) {
        return base.length() == 0 ? key : base + "." + key;
    }

    YMap map(YNode parent, String key, CharSequence base) {
        YNode node = child(parent, key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YMap m) {
            return m;
        }
        invalid(path(base, key), node, "must be an object");
        return null;
    }

    YSeq seq(YNode parent, String key, CharSequence base) {
        YNode node = child(parent, key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YSeq s) {
            return s;
        }
        invalid(path(base, key), node, "must be a list");
        return null;
    }

    /**
     * A list of objects, read-only; items that are not objects are reported and stand as null. When every item is
     * an object (nearly always) it is the sequence's own list, not a copy.
     */
    @SuppressWarnings("unchecked")
    List<YMap> maps(YNode parent, String key, CharSequence base) {
        YSeq seq = seq(parent, key, base);
        if (seq == null) {
            return List.of();
        }
        if (allMaps(seq.items())) {
            return (List<YMap>) (List<?>) seq.items();
        }
        List<YMap> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YNode item = seq.items().get(i);
            if (item instanceof YMap m) {
                out.add(m);
            } else {
                invalid(path(base, key) + "[" + i + "]", item, "must be an object");
                out.add(null);
            }
        }
        return out;
    }

    private static boolean allMaps(List<YNode> items) {
        for (int i = 0, n = items.size(); i < n; i++) {
            if (!(items.get(i) instanceof YMap)) {
                return false;
            }
        }
        return true;
    }

    String string(YNode parent, String key, CharSequence base) {
        YNode node = child(parent, key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YScalar s && s.value() instanceof String str) {
            return str;
        }
        return asString(node, path(base, key));
    }

    private String asString(YNode node, String path) {
        if (node instanceof YScalar s && s.value() instanceof String str) {
            return str;
        }
        if (node instanceof YScalar s) {
            invalid(path, node, "must be a string; " + ShownValue.cut(s.text()) + " is read as "
                    + (s.value() instanceof Boolean ? "a boolean" : "a number") + ", quote it: \"" + ShownValue.cut(s.text()) + "\"");
        } else {
            invalid(path, node, "must be a string");
        }
        return null;
    }

    /** A map of strings (labels, annotations, nodeSelector); non-string values are reported and dropped. */
    Map<String, String> stringMap(YNode parent, String key, CharSequence base) {
        YMap map = map(parent, key, base);
        if (map == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YEntry e : map.entries()) {
            if (isNull(e.value())) {
                continue;
            }
            String value = e.value() instanceof YScalar s && s.value() instanceof String str ? str
                    : asString(e.value(), path(base, key));
            if (value != null) {
                out.put(e.key(), value);
            }
        }
        return out;
    }

    List<String> strings(YNode parent, String key, CharSequence base) {
        YSeq seq = seq(parent, key, base);
        List<String> out = new ArrayList<>();
        if (seq == null) {
            return out;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YNode item = seq.items().get(i);
            String s = item instanceof YScalar scalar && scalar.value() instanceof String str ? str
                    : asString(item, path(base, key) + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    Long integer(YNode parent, String key, CharSequence base) {
        YNode node = child(parent, key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YScalar s && s.value() instanceof Long l) {
            return l;
        }
        if (node instanceof YScalar s && s.value() instanceof Double d && isWhole(d)) {
            return d.longValue(); // 5.0 is sent as 5: the API server's JSON decoding accepts it for an integer
        }
        if (node instanceof YScalar s && s.value() instanceof BigInteger) {
            invalid(path(base, key), node, "must be a 64-bit integer");
            return null;
        }
        invalid(path(base, key), node, "must be an integer");
        return null;
    }

    private static boolean isWhole(double d) {
        return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p63;
    }

    Integer int32(YNode parent, String key, CharSequence base) {
        Long value = integer(parent, key, base);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            invalid(path(base, key), child(parent, key), "must be a 32-bit integer");
            return null;
        }
        return value.intValue();
    }

    Boolean bool(YNode parent, String key, CharSequence base) {
        YNode node = child(parent, key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YScalar s && s.value() instanceof Boolean b) {
            return b;
        }
        invalid(path(base, key), node, "must be a boolean");
        return null;
    }

    IntOrString intOrString(YNode parent, String key, CharSequence base) {
        YNode node = child(parent, key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YScalar s && s.value() instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return IntOrString.of(l.intValue());
        }
        if (node instanceof YScalar s && s.value() instanceof Double d && isWhole(d)
                && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
            return IntOrString.of(d.intValue());
        }
        if (node instanceof YScalar s && s.value() instanceof String str) {
            return IntOrString.of(str);
        }
        invalid(path(base, key), node, "must be an integer or a percentage string such as \"10%\"");
        return null;
    }

    Instant time(YNode parent, String key, CharSequence base) {
        String text = string(parent, key, base);
        if (text == null || text.isEmpty()) {
            return null;
        }
        Instant common = plainUtc(text);
        if (common != null) {
            return common;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                invalid(path(base, key), child(parent, key), "must be an RFC 3339 time such as 2024-05-01T10:00:00Z");
                return null;
            }
        }
    }

    /**
     * The form the API server writes, {@code 2024-05-01T10:00:00Z}, read without a formatter (a snapshot holds
     * hundreds of thousands of them); null for any other form, which the formatters then read or reject.
     */
    static Instant plainUtc(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    void invalid(String path, YNode node, String message) {
        String shown = node instanceof YScalar s ? ShownValue.cut(s.text()) : node instanceof YMap ? "{...}" : "[...]";
        TextSpan span = node == null ? object.root().span() : node.span();
        problems.add(new Diagnostic(Severity.ERROR, "InvalidType", object.ref().toString(), path, ErrorType.Invalid,
                "Invalid value: " + shown + ": " + message,
                new io.dsstudio.domain.SourcePosition(object.file().displayPath(), span.line(), span.column())));
    }

    private static YNode child(YNode parent, String key) {
        return parent instanceof YMap m ? m.get(key) : null;
    }

    private static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.isNull();
    }
}

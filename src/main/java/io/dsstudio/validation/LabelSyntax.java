package io.dsstudio.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes' name and label syntax (apimachinery {@code pkg/util/validation/validation.go}): each check returns
 * upstream's error messages, empty when the value is valid (semantics.md §8.1).
 */
public final class LabelSyntax {
    private static final String QNAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private static final Pattern QNAME = Pattern.compile(QNAME_FMT);
    private static final String QNAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private static final Pattern LABEL_VALUE = Pattern.compile("(" + QNAME_FMT + ")?");
    private static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private static final String DNS_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS_LABEL = Pattern.compile(DNS_LABEL_FMT);
    private static final String DNS_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
    private static final String DNS_SUBDOMAIN_FMT = DNS_LABEL_FMT + "(\\." + DNS_LABEL_FMT + ")*";
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(DNS_SUBDOMAIN_FMT);
    private static final String DNS_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private static final Pattern PERCENT = Pattern.compile("[0-9]+%");

    private LabelSyntax() {
    }

    /** IsQualifiedName: {@code [prefix/]name}, the syntax of label and annotation keys. */
    public static List<String> qualifiedName(String value) {
        List<String> errors = new ArrayList<>();
        String[] parts = value.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            String prefix = parts[0];
            name = parts[1];
            if (prefix.isEmpty()) {
                errors.add("prefix part must be non-empty");
            } else {
                dns1123Subdomain(prefix).forEach(m -> errors.add("prefix part " + m));
            }
        } else {
            errors.add("a qualified name " + regexError(QNAME_MSG, QNAME_FMT, "MyName", "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }
        if (name.isEmpty()) {
            errors.add("name part must be non-empty");
        } else if (name.length() > 63) {
            errors.add("name part " + maxLen(63));
        }
        if (!QNAME.matcher(name).matches()) {
            errors.add("name part " + regexError(QNAME_MSG, QNAME_FMT, "MyName", "my.name", "123-abc"));
        }
        return errors;
    }

    /** IsValidLabelValue: empty, or at most 63 characters of the qualified-name syntax. */
    public static List<String> labelValue(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > 63) {
            errors.add(maxLen(63));
        }
        if (!LABEL_VALUE.matcher(value).matches()) {
            errors.add(regexError(LABEL_VALUE_MSG, "(" + QNAME_FMT + ")?", "MyValue", "my_value", "12345"));
        }
        return errors;
    }

    /** IsDNS1123Label: namespaces and container names. */
    public static List<String> dns1123Label(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > 63) {
            errors.add(maxLen(63));
        }
        if (!DNS_LABEL.matcher(value).matches()) {
            if (DNS_SUBDOMAIN.matcher(value).matches()) {
                errors.add("must not contain dots");
            } else {
                errors.add(regexError(DNS_LABEL_MSG, DNS_LABEL_FMT, "my-name", "123-abc"));
            }
        }
        return errors;
    }

    /** IsDNS1123Subdomain: object names and node names. */
    public static List<String> dns1123Subdomain(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > 253) {
            errors.add(maxLen(253));
        }
        if (!DNS_SUBDOMAIN.matcher(value).matches()) {
            errors.add(regexError(DNS_SUBDOMAIN_MSG, DNS_SUBDOMAIN_FMT, "example.com"));
        }
        return errors;
    }

    /** IsValidPercent: digits followed by '%'. */
    public static List<String> percent(String value) {
        if (PERCENT.matcher(value).matches()) {
            return List.of();
        }
        return List.of(regexError("a valid percent string must be a numeric string followed by an ending '%'", "[0-9]+%", "1%", "93%"));
    }

    static boolean isPercent(String value) {
        return PERCENT.matcher(value).matches();
    }

    private static String maxLen(int length) {
        return "must be no more than " + length + " characters";
    }

    /** Upstream's RegexError text, examples included. */
    private static String regexError(String message, String format, String... examples) {
        StringBuilder out = new StringBuilder(message).append(" (e.g. ");
        for (int i = 0; i < examples.length; i++) {
            if (i > 0) {
                out.append(" or ");
            }
            out.append('\'').append(examples[i]).append("', ");
        }
        return out.append("regex used for validation is '").append(format).append("')").toString();
    }
}

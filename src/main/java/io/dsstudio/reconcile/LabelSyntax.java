package io.dsstudio.reconcile;

import java.util.regex.Pattern;

/**
 * The label key and value syntax apimachinery's labels.NewRequirement checks when the controller parses
 * node affinity: a requirement that breaks it is a parse error, so its term matches nothing.
 */
final class LabelSyntax {
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private LabelSyntax() {
    }

    /** IsQualifiedName: {@code [prefix/]name}, name 1–63 chars, prefix a DNS-1123 subdomain. */
    static boolean isQualifiedName(String key) {
        String[] parts = key.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            String prefix = parts[0];
            if (prefix.isEmpty() || prefix.length() > 253 || !DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
                return false;
            }
            name = parts[1];
        } else {
            return false;
        }
        return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
    }

    /** IsValidLabelValue: empty, or at most 63 chars of the name pattern. */
    static boolean isValidValue(String value) {
        return value.isEmpty() || value.length() <= 63 && NAME.matcher(value).matches();
    }
}

package io.dsstudio.validation;

/**
 * Yes/no versions of {@link LabelSyntax}'s checks without regular expressions, for the common case of a valid value
 * (a snapshot has tens of thousands of node labels); {@link LabelSyntax} words the errors when one fails.
 */
final class LabelSyntaxFast {
    private LabelSyntaxFast() {
    }

    /** IsQualifiedName: {@code [DNS-1123 subdomain/]name}, the name at most 63 characters. */
    static boolean qualifiedName(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return qualifiedNamePart(value, 0, value.length());
        }
        if (value.indexOf('/', slash + 1) >= 0 || slash == 0) {
            return false;
        }
        return dns1123Subdomain(value.substring(0, slash)) && qualifiedNamePart(value, slash + 1, value.length());
    }

    /** IsValidLabelValue: empty, or a qualified-name part. */
    static boolean labelValue(String value) {
        return value.isEmpty() || qualifiedNamePart(value, 0, value.length());
    }

    /** {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}, 1 to 63 characters. */
    private static boolean qualifiedNamePart(String s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 63 || !alphanumeric(s.charAt(from)) || !alphanumeric(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!alphanumeric(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** IsDNS1123Subdomain: lower-case labels joined by dots, at most 253 characters. */
    static boolean dns1123Subdomain(String s) {
        if (s.isEmpty() || s.length() > 253) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                if (i == labelStart || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else {
                char c = s.charAt(i);
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}

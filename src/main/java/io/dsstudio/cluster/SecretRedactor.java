package io.dsstudio.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Removes credentials from any text that may reach a log, an error message, a snapshot or a crash report:
 * the exact secrets read from the kubeconfig (tokens, passwords, client keys, auth-provider tokens, tokens an
 * exec plugin returned) and anything shaped like a bearer token or JWT.
 */
public final class SecretRedactor {
    static final String MASK = "[REDACTED]";
    private static final int MIN_SECRET_LENGTH = 6;
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
            Pattern.compile("(?i)((?:token|password|client-key-data|client-key|id-token|refresh-token|access-token)\"?\\s*[:=]\\s*\"?)[^\\s\",}]+"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"));

    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public SecretRedactor() {
    }

    public SecretRedactor(Collection<String> knownSecrets) {
        knownSecrets.forEach(this::addSecret);
    }

    /** Remembers a value that must never be shown (ignores blanks and values too short to be secret). */
    public void addSecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() < MIN_SECRET_LENGTH || secrets.contains(secret)) {
            return;
        }
        secrets.add(secret);
        // longest first, so a secret that contains another is masked whole
        List<String> sorted = new ArrayList<>(secrets);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        secrets.clear();
        secrets.addAll(sorted);
    }

    /** Replaces only the exact known secrets (for documents, where token-shaped patterns may be real data). */
    public String redactKnown(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        for (Pattern pattern : PATTERNS) {
            out = pattern.matcher(out).replaceAll(m -> m.groupCount() >= 1 && m.group(1) != null
                    ? java.util.regex.Matcher.quoteReplacement(m.group(1) + MASK) : MASK);
        }
        return out;
    }
}

package io.dsstudio.simulation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Names and hashes of what the simulation creates, stable for the same inputs so that snapshots written by
 * {@code apply} and {@code generate} are reproducible.
 */
public final class PodNames {
    /** The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes). */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private PodNames() {
    }

    /** {@code <ds>-<5 chars>} hashed from the DaemonSet's uid, the node and the template generation. */
    public static String daemonPod(String daemonSetName, String uid, String node, long generation) {
        return daemonPod(daemonSetName, uid, node, generation, 0);
    }

    /**
     * The name to try when earlier attempts are taken: five characters give 27^5 names, so a DaemonSet with
     * thousands of pods meets collisions, which the API server answers with a retry too.
     */
    public static String daemonPod(String daemonSetName, String uid, String node, long generation, int attempt) {
        byte[] digest = sha256(uid + "/" + node + "/" + generation + (attempt == 0 ? "" : "/" + attempt));
        StringBuilder suffix = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            suffix.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return daemonSetName + "-" + suffix;
    }

    /**
     * The {@code controller-revision-hash} of a template: 10 hex digits of SHA-256 of its canonical text. Not
     * byte-identical to upstream's hash (an FNV hash of Go's struct dump), which cannot be reproduced outside Go.
     */
    public static String revisionHash(String templateFingerprint) {
        return HexFormat.of().formatHex(sha256(templateFingerprint)).substring(0, 10);
    }

    /** A UUIDv5 (name-based, SHA-1) in a fixed namespace, for objects that come without a uid. */
    public static String uidFor(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(uuidBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[8 + i] & 0xff);
            }
            return new UUID(msb, lsb).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** Our own UUIDv5 namespace, so generated uids never collide with other tools' name-based ones. */
    private static final UUID NAMESPACE = UUID.fromString("6f1c2a9e-8b57-4d3a-9a61-d5e7a0c3b2f4");

    private static byte[] uuidBytes(UUID uuid) {
        byte[] out = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (msb >>> (8 * (7 - i)));
            out[8 + i] = (byte) (lsb >>> (8 * (7 - i)));
        }
        return out;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package io.dsstudio.yaml;

/** An edit that cannot be made, or whose result did not read back as intended; the file is left as it was. */
public final class ManifestEditException extends Exception {
    private static final long serialVersionUID = 1L;

    public ManifestEditException(String message) {
        super(message);
    }
}

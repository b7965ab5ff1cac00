package io.dsstudio.cluster;

/** Asked once, after the dry run passed and before the first real change; the prompt names cluster and context. */
@FunctionalInterface
public interface Confirmation {
    Confirmation ALWAYS = prompt -> true;

    boolean confirm(String prompt);
}

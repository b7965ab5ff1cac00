package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;

/** A diagnostic with the object whose source text it points into (positions are added from {@code ref}). */
public record Finding(ObjectRef ref, Diagnostic diagnostic) {
}

package io.dsstudio.domain;

/** Kubernetes' field.ErrorType names, plus SyntaxError for text that is not a document. */
public enum ErrorType {
    Required, Invalid, NotSupported, NotFound, Forbidden, Duplicate, TooLong, SyntaxError
}

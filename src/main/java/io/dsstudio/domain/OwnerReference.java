package io.dsstudio.domain;

public record OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller) {
}

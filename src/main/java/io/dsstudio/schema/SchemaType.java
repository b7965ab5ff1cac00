package io.dsstudio.schema;

/**
 * The type of a field in the Kubernetes schema: a scalar, a list, a map of strings to a type, or an object type
 * ({@link SchemaStruct}).
 */
public sealed interface SchemaType permits SchemaType.Scalar, SchemaType.ListOf, SchemaType.MapOf, SchemaStruct {

    /** Go's name of the type, as the API server's decoding errors print it ({@code []v1.Container}). */
    String goName();

    /** Scalar types; {@code ANY} accepts every value (RawExtension, FieldsV1, the items of a List). */
    enum Scalar implements SchemaType {
        STRING("string"), INT32("int32"), INT64("int64"), BOOLEAN("bool"), NUMBER("float64"),
        INT_OR_STRING("intstr.IntOrString"), QUANTITY("resource.Quantity"), ANY("interface {}");

        private final String goName;

        Scalar(String goName) {
            this.goName = goName;
        }

        @Override
        public String goName() {
            return goName;
        }
    }

    record ListOf(SchemaType items) implements SchemaType {
        @Override
        public String goName() {
            return "[]" + items.goName();
        }
    }

    record MapOf(SchemaType values) implements SchemaType {
        @Override
        public String goName() {
            return "map[string]" + values.goName();
        }
    }
}

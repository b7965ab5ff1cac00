package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.SourcePosition;
import io.dsstudio.schema.KubeSchema;
import io.dsstudio.schema.SchemaStruct;
import io.dsstudio.schema.SchemaType;
import io.dsstudio.yaml.KubeObject;
import io.dsstudio.yaml.NameSuggestions;
import io.dsstudio.yaml.YEntry;
import io.dsstudio.yaml.YMap;
import io.dsstudio.yaml.YNode;
import io.dsstudio.yaml.YScalar;
import io.dsstudio.yaml.YSeq;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API server's strict decoding of one object against the upstream schema ({@link KubeSchema}), in one walk of
 * its tree: unknown fields ({@code unknown field "spec.template.spec.nodeSelecter"}, errors in DaemonSets, which
 * users write, warnings in Nodes, Pods and ControllerRevisions, which a newer cluster may write), values of the wrong
 * type (errors, worded as Go's JSON decoder words them), malformed quantities, and values outside the enums the
 * OpenAPI documents list (errors in DaemonSets and a Node's spec; warnings in a Node's status, Pods and
 * ControllerRevisions, where the API server enforces no enum and a newer kubelet or controller may write new values).
 */
final class SchemaCheck {
    static final String UNKNOWN_FIELD = "UnknownField";
    static final String INVALID_TYPE = "InvalidType";
    static final String UNSUPPORTED_VALUE = "UnsupportedValue";
    static final String INVALID_QUANTITY = "InvalidQuantity";
    private static final Pattern SUGGESTION = Pattern.compile("unknown field \"[^\"]*\": did you mean ([A-Za-z0-9]+)\\?$");
    private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*\\]");
    /** Enum fields of a DaemonSet that the API-server rules already report (semantics.md §8): one message each. */
    private static final Set<String> DAEMONSET_RULE_ENUMS = Set.of("Toleration.effect", "Toleration.operator", "ContainerPort.protocol",
            "PodSpec.restartPolicy", "NodeSelectorRequirement.operator", "apps.DaemonSetUpdateStrategy.type");

    private final KubeSchema schema;

    SchemaCheck(KubeSchema schema) {
        this.schema = schema;
    }

    List<Diagnostic> check(KubeObject object) {
        SchemaStruct root = schema.kind(object.kind());
        if (root == null) {
            return List.of();
        }
        Walk walk = new Walk(object);
        walk.struct(object.root(), root);
        return walk.out;
    }

    /** The key an UnknownField diagnostic suggests instead of the mistyped one, or null. */
    static String suggestedKey(Diagnostic d) {
        return suggestedKey(d.code(), d.message());
    }

    static String suggestedKey(String code, String message) {
        if (!UNKNOWN_FIELD.equals(code) || message == null) {
            return null;
        }
        Matcher m = SUGGESTION.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /**
     * One object's walk. The current field path is a stack of keys and indexes, rendered only for a finding (most
     * objects have none, and a large snapshot has millions of fields).
     */
    private static final class Walk {
        private final KubeObject object;
        private final boolean userWritten;
        private final boolean daemonSet;
        private final PathStack path = new PathStack();
        private final List<Diagnostic> out = new ArrayList<>(0);

        Walk(KubeObject object) {
            this.object = object;
            this.daemonSet = DaemonSet.KIND.equals(object.kind());
            // apps/v1 is the schema's version; older DaemonSet versions had a few fields apps/v1 dropped
            this.userWritten = daemonSet && "apps/v1".equals(object.apiVersion());
        }

        void struct(YMap map, SchemaStruct type) {
            List<YEntry> entries = map.entries();
            for (int i = 0, n = entries.size(); i < n; i++) {
                YEntry e = entries.get(i);
                path.pushField(e.key());
                SchemaStruct.Member member = type.member(e.key());
                if (member == null) {
                    unknown(e, type);
                } else {
                    value(e.value(), member.type(), type);
                    if (member.enumValues() != null) {
                        enumValues(e.value(), member, type.name() + "." + e.key());
                    }
                }
                path.pop();
            }
        }

        private void value(YNode node, SchemaType type, SchemaStruct owner) {
            if (node instanceof YScalar s && s.value() == null) {
                return;
            }
            if (type instanceof SchemaType.Scalar scalar) { // most values: tested first
                if (scalar != SchemaType.Scalar.ANY) {
                    scalar(node, scalar, owner);
                }
                return;
            }
            if (type instanceof SchemaStruct struct) {
                if (node instanceof YMap map) {
                    struct(map, struct);
                } else {
                    wrongType(node, type, owner);
                }
            } else if (type instanceof SchemaType.ListOf list) {
                if (node instanceof YSeq seq) {
                    List<YNode> items = seq.items();
                    for (int i = 0, n = items.size(); i < n; i++) {
                        path.pushIndex(i);
                        value(items.get(i), list.items(), owner);
                        path.pop();
                    }
                } else {
                    wrongType(node, type, owner);
                }
            } else if (type instanceof SchemaType.MapOf map) {
                if (node instanceof YMap m) {
                    if (map.values() == SchemaType.Scalar.ANY || map.values() == SchemaType.Scalar.STRING && allStrings(m)) {
                        return; // labels, annotations, selectors: no path to keep when every value is a string
                    }
                    List<YEntry> entries = m.entries();
                    for (int i = 0, n = entries.size(); i < n; i++) {
                        YEntry e = entries.get(i);
                        path.pushMapKey(e.key());
                        value(e.value(), map.values(), owner);
                        path.pop();
                    }
                } else {
                    wrongType(node, type, owner);
                }
            }
        }

        private static boolean allStrings(YMap map) {
            List<YEntry> entries = map.entries();
            for (int i = 0, n = entries.size(); i < n; i++) {
                if (!(entries.get(i).value() instanceof YScalar s && (s.value() instanceof String || s.value() == null))) {
                    return false;
                }
            }
            return true;
        }

        private void scalar(YNode node, SchemaType.Scalar type, SchemaStruct owner) {
            Object v = node instanceof YScalar s ? s.value() : null;
            boolean ok = switch (type) {
                case ANY -> true;
                case STRING -> v instanceof String;
                case BOOLEAN -> v instanceof Boolean;
                case NUMBER -> v instanceof Long || v instanceof Double || v instanceof BigInteger;
                case INT64 -> v instanceof Long || integral(v);
                case INT32 -> v instanceof Long l ? l == l.intValue() : integral(v) && Math.abs((Double) v) <= Integer.MAX_VALUE;
                case INT_OR_STRING -> v instanceof String || (v instanceof Long l ? l == l.intValue()
                        : integral(v) && Math.abs((Double) v) <= Integer.MAX_VALUE);
                case QUANTITY -> v instanceof String || v instanceof Long || v instanceof Double;
            };
            if (!ok) {
                wrongType(node, type, owner);
            } else if (type == SchemaType.Scalar.QUANTITY && v instanceof String text) {
                String problem = Quantities.problem(text);
                if (problem != null) {
                    add(Severity.ERROR, INVALID_QUANTITY, ErrorType.Invalid,
                            "Invalid value: " + GoValues.quote(text) + ": " + problem, node.line(), node.column());
                }
            }
        }

        /** A whole number written as a float ({@code 5.0}) is sent as the integer. */
        private static boolean integral(Object v) {
            return v instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 9.2e18;
        }

        /** The enum of a list or map field is that of its items or values ({@code accessModes: [ReadWriteOnce]}). */
        private void enumValues(YNode node, SchemaStruct.Member member, String field) {
            List<String> values = member.enumValues();
            if (member.type() instanceof SchemaType.ListOf && node instanceof YSeq seq) {
                List<YNode> items = seq.items();
                for (int i = 0, n = items.size(); i < n; i++) {
                    path.pushIndex(i);
                    enumValue(items.get(i), values, field);
                    path.pop();
                }
            } else if (member.type() instanceof SchemaType.MapOf && node instanceof YMap map) {
                for (YEntry e : map.entries()) {
                    path.pushMapKey(e.key());
                    enumValue(e.value(), values, field);
                    path.pop();
                }
            } else {
                enumValue(node, values, field);
            }
        }

        private void enumValue(YNode node, List<String> values, String field) {
            if (!(node instanceof YScalar s) || !(s.value() instanceof String text) || text.isEmpty() || values.contains(text)) {
                return;
            }
            if (daemonSet && DAEMONSET_RULE_ENUMS.contains(field)) {
                return;
            }
            StringBuilder supported = new StringBuilder();
            for (String value : values) {
                supported.append(supported.length() == 0 ? "" : ", ").append(GoValues.quote(value));
            }
            // a Node's spec is written by users and kubectl (taint effects); its status by a kubelet that may be newer
            Severity severity = daemonSet || ("Node".equals(object.kind()) && !path.under("status")) ? Severity.ERROR : Severity.WARNING;
            add(severity, UNSUPPORTED_VALUE, severity == Severity.ERROR ? ErrorType.NotSupported : null,
                    "Unsupported value: " + GoValues.quote(text) + ": supported values: " + supported, node.line(), node.column());
        }

        private void unknown(YEntry e, SchemaStruct type) {
            String field = path.toString();
            StringBuilder message = new StringBuilder("unknown field ").append(GoValues.quote(field));
            String typo = NameSuggestions.closest(e.key(), type.fieldNames());
            if (typo != null) {
                message.append(": did you mean ").append(typo).append('?');
            } else {
                String moved = misplaced(e.key(), type);
                if (moved != null) {
                    message.append(": did you mean ").append(moved).append(" (it belongs one level deeper)?");
                }
            }
            Severity severity = userWritten ? Severity.ERROR : Severity.WARNING;
            if (!userWritten && daemonSet) {
                message.append(" (checked against apps/v1)");
            }
            add(severity, UNKNOWN_FIELD, severity == Severity.ERROR ? ErrorType.Invalid : null, message.toString(),
                    e.keyLine(), e.keyColumn());
        }

        /** A field of one of the type's object fields, such as {@code type} written beside {@code updateStrategy}. */
        private static String misplaced(String key, SchemaStruct type) {
            for (String name : type.fieldNames()) {
                if (type.field(name) instanceof SchemaStruct child && child.field(key) != null) {
                    return name + "." + key;
                }
            }
            return null;
        }

        private void wrongType(YNode node, SchemaType expected, SchemaStruct owner) {
            String goPath = INDEX.matcher(path.toString()).replaceAll("");
            String message = "json: cannot unmarshal " + jsonKind(node) + " into Go struct field " + owner.simpleName() + "."
                    + goPath + " of type " + expected.goName();
            add(Severity.ERROR, INVALID_TYPE, ErrorType.Invalid, message, node.line(), node.column());
        }

        /** What Go's decoder calls the value it found. */
        private static String jsonKind(YNode node) {
            if (node instanceof YMap) {
                return "object";
            }
            if (node instanceof YSeq) {
                return "array";
            }
            Object v = ((YScalar) node).value();
            if (v instanceof String) {
                return "string";
            }
            if (v instanceof Boolean) {
                return "bool";
            }
            return "number " + abbreviate(((YScalar) node).text());
        }

        private static String abbreviate(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + (text.length() - 40) + " more)";
        }

        private void add(Severity severity, String code, ErrorType type, String message, int line, int column) {
            out.add(new Diagnostic(severity, code, object.ref().toString(), path.toString(), type, message,
                    new SourcePosition(object.file().displayPath(), line, column)));
        }
    }
}

package io.dsstudio.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactorTest {
    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("known secret", "failed with my-known-secret-value inside", "failed with [REDACTED] inside"),
                Arguments.of("bearer header", "Authorization: Bearer abc.def-123", "Authorization: Bearer [REDACTED]"),
                Arguments.of("jwt", "token eyJhbGciOi.eyJzdWIiOiJ4.sig-part here", "token [REDACTED] here"),
                Arguments.of("token field", "{\"token\":\"zzz-999\"}", "{\"token\":\"[REDACTED]\"}"),
                Arguments.of("password field", "password=hunter22 rest", "password=[REDACTED] rest"),
                Arguments.of("private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----", "[REDACTED]"),
                Arguments.of("harmless", "cannot connect to https://10.0.0.1:6443", "cannot connect to https://10.0.0.1:6443"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void redactRemovesCredentials(String name, String text, String expected) {
        SecretRedactor redactor = new SecretRedactor(List.of("my-known-secret-value"));

        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void redactKnownLeavesTokenShapedDataAlone(String name, String text, String expected) {
        SecretRedactor redactor = new SecretRedactor(List.of("my-known-secret-value"));

        String result = redactor.redactKnown(text);

        assertThat(result).doesNotContain("my-known-secret-value");
        if (!text.contains("my-known-secret-value")) {
            assertThat(result).isEqualTo(text);
        }
    }
}

package io.dsstudio.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** §8.1, mirroring apimachinery's TestIsQualifiedName, TestIsValidLabelValue, TestIsDNS1123Label/Subdomain. */
class LabelSyntaxTest {

    static Stream<String> goodQualifiedNames() {
        return Stream.of("simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple", "now-with-dashes/simple",
                "now-with-dashes/now-with-dashes", "now.with.dots/simple", "now-with.dashes-and.dots/simple", "1-num.2-num/3-num",
                "1234/5678", "1.2.3.4/5678", "Uppercase_Is_OK_123", "example.com/Uppercase_Is_OK_123", "requests.storage-foo",
                "a".repeat(63), "a".repeat(253) + "/" + "b".repeat(63));
    }

    @ParameterizedTest
    @MethodSource("goodQualifiedNames")
    void qualifiedNameAcceptsUpstreamGoodValues(String value) {
        assertThat(LabelSyntax.qualifiedName(value)).isEmpty();
    }

    static Stream<String> badQualifiedNames() {
        return Stream.of("nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-", "only/one/slash", "Example.com/abc",
                "example_com/abc", "example.com/", "/simple", "a".repeat(64), "a".repeat(254) + "/abc", "");
    }

    @ParameterizedTest
    @MethodSource("badQualifiedNames")
    void qualifiedNameRejectsUpstreamBadValues(String value) {
        assertThat(LabelSyntax.qualifiedName(value)).isNotEmpty();
    }

    static Stream<String> goodLabelValues() {
        return Stream.of("simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", "a".repeat(63), "", "with_underscore.and.dots");
    }

    @ParameterizedTest
    @MethodSource("goodLabelValues")
    void labelValueAcceptsUpstreamGoodValues(String value) {
        assertThat(LabelSyntax.labelValue(value)).isEmpty();
    }

    static Stream<String> badLabelValues() {
        return Stream.of("nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun", "\\backslashes", "-starts-with-dash", "ends-with-dash-",
                ".starts.with.dot", "ends.with.dot.", "a".repeat(64), "with space");
    }

    @ParameterizedTest
    @MethodSource("badLabelValues")
    void labelValueRejectsUpstreamBadValues(String value) {
        assertThat(LabelSyntax.labelValue(value)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("goodDnsLabels")
    void dns1123LabelAcceptsGoodValues(String value) {
        assertThat(LabelSyntax.dns1123Label(value)).isEmpty();
    }

    static Stream<String> goodDnsLabels() {
        return Stream.of("a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a", "1-a", "1--a--b--2", "a".repeat(63));
    }

    @ParameterizedTest
    @MethodSource("badDnsLabels")
    void dns1123LabelRejectsBadValues(String value) {
        assertThat(LabelSyntax.dns1123Label(value)).isNotEmpty();
    }

    static Stream<String> badDnsLabels() {
        return Stream.of("", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a", "a b", "1 ", " 1", "1 2", "a".repeat(64));
    }

    @ParameterizedTest
    @MethodSource("goodSubdomains")
    void dns1123SubdomainAcceptsGoodValues(String value) {
        assertThat(LabelSyntax.dns1123Subdomain(value)).isEmpty();
    }

    static Stream<String> goodSubdomains() {
        return Stream.of("a", "ab", "a.b", "a1.b2", "0.a", "a-1.b-2", "a--1.b--2", "01.02.03", "a".repeat(253), "ip-10-0-1-21.ec2.internal");
    }

    @ParameterizedTest
    @MethodSource("badSubdomains")
    void dns1123SubdomainRejectsBadValues(String value) {
        assertThat(LabelSyntax.dns1123Subdomain(value)).isNotEmpty();
    }

    static Stream<String> badSubdomains() {
        return Stream.of("", "A", "a.B", "a..b", "-a", "a.-b", "a-.b", "a_b", "a.", ".a", "a b", "a".repeat(254));
    }

    @ParameterizedTest
    @MethodSource("percentCases")
    void percentFollowsIsValidPercent(String value, boolean valid) {
        assertThat(LabelSyntax.percent(value).isEmpty()).isEqualTo(valid);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> percentCases() {
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of("0%", true), org.junit.jupiter.params.provider.Arguments.of("100%", true),
                org.junit.jupiter.params.provider.Arguments.of("101%", true), org.junit.jupiter.params.provider.Arguments.of("1", false),
                org.junit.jupiter.params.provider.Arguments.of("20Percent", false), org.junit.jupiter.params.provider.Arguments.of("-1%", false),
                org.junit.jupiter.params.provider.Arguments.of("1.5%", false), org.junit.jupiter.params.provider.Arguments.of("%", false));
    }
}

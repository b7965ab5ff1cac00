package io.dsstudio.ui.nodemap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MapPainterNameTest {

    @ParameterizedTest(name = "{0} in {1} characters is {2}")
    @CsvSource(delimiter = '|', value = {
            "ip-10-0-1-101.ec2.internal | 20 | ip-10-0-1-101",
            // neighbours differ at the end, so the end stays
            "ip-10-0-1-101.ec2.internal | 10 | ip-…-1-101",
            "ip-10-0-1-102.ec2.internal | 10 | ip-…-1-102",
            "gke-prod-default-pool-9f1c2a-x7k2 | 12 | gke…c2a-x7k2",
            "10.0.3.104 | 20 | 10.0.3.104",
            "10.0.3.104 | 6 | 1….104",
            "worker-1 | 1 | …",
    })
    void keepsTheDistinguishingEndOfALongName(String node, int max, String shown) {
        assertEquals(shown, MapPainter.shortName(node, max));
    }
}

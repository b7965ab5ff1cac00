package io.dsstudio.build;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The window and About box icons on the classpath are the sizes the UI asks for, rendered from assets/. */
class AppIconResourcesTest {
    @ParameterizedTest
    @ValueSource(ints = {16, 32, 64, 256})
    void iconResourceHasItsNominalSizeAndMatchesAsset(int size) throws IOException {
        String resource = "/io/dsstudio/ui/icon-" + size + ".png";
        byte[] bytes;
        try (InputStream in = AppIconResourcesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bytes = in.readAllBytes();
        }

        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as("transparent corners").isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(bytes).as("same rendering as assets/png (re-run assets/make-icons.sh)")
                .isEqualTo(Files.readAllBytes(Path.of("assets/png/icon-" + size + ".png")));
    }
}

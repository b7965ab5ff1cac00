package io.dsstudio.ui.nodemap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class MapViewportTest {
    /** Property: the world point under the pointer is the same before and after a zoom around it. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024})
    void zoomAroundAPointKeepsThatPointFixed(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 100; i++) {
            double zoom = 0.1 + random.nextDouble() * 4;
            double factor = 0.5 + random.nextDouble() * 2;
            double panX = random.nextDouble() * 800 - 400;
            double panY = random.nextDouble() * 800 - 400;
            double x = random.nextDouble() * 1280;
            double y = random.nextDouble() * 650;
            double[] pan = MapViewport.zoomedAround(zoom, zoom * factor, panX, panY, x, y);
            assertThat((x - pan[0]) / (zoom * factor)).isCloseTo((x - panX) / zoom, offset(1e-6));
            assertThat((y - pan[1]) / (zoom * factor)).isCloseTo((y - panY) / zoom, offset(1e-6));
        }
    }

    @Test
    void smallContentStaysWhollyInsideTheView() {
        MapViewport viewport = new MapViewport(1000, 600, 100, 100);
        double[] pan = viewport.keepInView(2, 950, -300);
        assertThat(pan).containsExactly(800, 0);
    }

    @Test
    void largeContentCoversTheViewWithoutAnEmptyBand() {
        MapViewport viewport = new MapViewport(1000, 600, 1000, 1000);
        double[] pan = viewport.keepInView(2, 100, -5000);
        assertThat(pan).containsExactly(0, -1400);
    }

    @Test
    void panningKeepsSomeOfTheContentVisible() {
        MapViewport viewport = new MapViewport(1000, 600, 500, 500);
        double[] pan = viewport.keepSomeVisible(1, 5000, -5000);
        assertThat(pan).containsExactly(1000 - MapViewport.KEEP_VISIBLE, MapViewport.KEEP_VISIBLE - 500);
    }

    @Test
    void aFitCentresTheContent() {
        assertThat(new MapViewport(1000, 600, 400, 100).centred(2)).containsExactly(100, 200);
    }

    @Test
    void plusAndMinusZoomAroundTheContentPointNearestTheCentre() {
        MapViewport viewport = new MapViewport(1000, 600, 100, 100);
        assertThat(viewport.anchorNearCentre(1, 0, 0)).containsExactly(100, 100);
        assertThat(viewport.anchorNearCentre(1, 450, 250)).containsExactly(500, 300);
    }
}

package io.dsstudio.ui.nodemap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Small tiles on a whole-pixel pitch: how a fit and a zoom gesture choose the zoom, and each tile's side. */
class TileGridTest {

    private static boolean whole(double pitch) {
        return Math.abs(pitch - Math.rint(pitch)) < 1e-6;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aFitRoundsTheSmallPitchDownToWholeDevicePixels(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            double scale = new double[] {1, 1.25, 1.5, 2}[random.nextInt(4)];
            double zoom = 0.04 + random.nextDouble() * 0.5;
            double fitted = TileGrid.fitted(zoom, scale);
            assertThat(fitted).as("never larger, so the cluster still fits").isLessThanOrEqualTo(zoom);
            if (TileGrid.small(zoom) && TileGrid.pitch(zoom, scale) >= 1) {
                assertThat(whole(TileGrid.pitch(fitted, scale))).as("pitch %s", TileGrid.pitch(fitted, scale)).isTrue();
                assertThat(TileGrid.pitch(zoom, scale) - TileGrid.pitch(fitted, scale)).isLessThan(1);
            } else {
                assertThat(fitted).isEqualTo(zoom);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void aZoomGestureMovesTheSmallPitchByAWholePixelAtLeast(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            double old = TileGrid.fitted(0.1 + random.nextDouble() * 0.25, 1);
            double factor = random.nextBoolean() ? 1 + random.nextDouble() * 0.3 : 1 / (1 + random.nextDouble() * 0.3);
            double now = TileGrid.stepped(old, old * factor, 1);
            if (TileGrid.small(old * factor)) {
                assertThat(whole(TileGrid.pitch(now, 1))).isTrue();
                double step = TileGrid.pitch(now, 1) - TileGrid.pitch(old, 1);
                assertThat(factor > 1 ? step : -step).as("old %s × %s", old, factor).isGreaterThanOrEqualTo(1 - 1e-6);
            }
        }
    }

    @ParameterizedTest(name = "pitch {0} px: tiles of {1} px")
    @CsvSource({"1, 1", "2, 1", "3, 2", "4, 3", "5, 4", "6, 5", "8, 7", "10, 9", "13, 11", "5.14, 4"})
    void everySmallTileIsTheSameWholeSideWithAGap(double pitch, int side) {
        assertThat(TileGrid.side(pitch)).isEqualTo(side);
    }
}

package io.dsstudio.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElidedCellsTextTest {
    @Test
    void wholeNumbersHaveTheirDigitsGroupedAsTheOverviewShowsThem() {
        assertThat(ElidedCells.text(1856)).isEqualTo("1,856");
        assertThat(ElidedCells.text(19)).isEqualTo("19");
        assertThat(ElidedCells.text(230_715L)).isEqualTo("230,715");
        assertThat(ElidedCells.text(-1200)).isEqualTo("-1,200");
    }

    @Test
    void otherValuesAreTheirTextAndNothingIsEmpty() {
        assertThat(ElidedCells.text("kube-system")).isEqualTo("kube-system");
        assertThat(ElidedCells.text(null)).isEmpty();
    }
}

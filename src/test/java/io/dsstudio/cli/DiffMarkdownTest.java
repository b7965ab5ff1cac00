package io.dsstudio.cli;

import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.simulation.ChangeImpact;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiffMarkdownTest {
    private static List<ChangeImpact.DaemonSetImpact> impacts(int daemonSets, int nodesEach) {
        List<ChangeImpact.DaemonSetImpact> out = new ArrayList<>();
        StatusCounts status = new StatusCounts(nodesEach, nodesEach, 0, nodesEach, nodesEach, nodesEach, 0);
        for (int d = 0; d < daemonSets; d++) {
            List<ChangeImpact.LostNode> lost = new ArrayList<>();
            for (int n = 0; n < nodesEach; n++) {
                lost.add(new ChangeImpact.LostNode("node-with-a-rather-long-name-" + n, List.of("NodeSelectorMismatch")));
            }
            out.add(new ChangeImpact.DaemonSetImpact("ns", "ds-" + d, List.of(), lost, List.of(), status, status, null));
        }
        return out;
    }

    @Test
    void aLargeChangeStaysUnderGitHubsLimitByCuttingDetailsFirst() {
        String comment = new DiffMarkdown().render(impacts(600, 60), List.of(), List.of());
        assertThat(comment.length()).isLessThan(DiffMarkdown.GITHUB_COMMENT_LIMIT);
        assertThat(comment).contains("| `ns/ds-599` |");                  // every summary row is kept
        assertThat(comment).contains("left out to stay under GitHub's 65,536-character comment limit");
        assertThat(comment).contains("<details>");                          // as many details as fit
    }

    @Test
    void summaryRowsGoOnlyWhenTheyAloneAreTooLong() {
        String comment = new DiffMarkdown(5_000).render(impacts(200, 1), List.of(), List.of());
        assertThat(comment.length()).isLessThan(5_000);
        assertThat(comment).doesNotContain("<details>").contains("summary row(s) and the details of 200 DaemonSet(s) left out");
    }

    @Test
    void aSmallChangeIsWhole() {
        String comment = new DiffMarkdown().render(impacts(2, 3), List.of(), List.of());
        assertThat(comment).doesNotContain("left out").contains("<details><summary><code>ns/ds-1</code></summary>");
    }
}

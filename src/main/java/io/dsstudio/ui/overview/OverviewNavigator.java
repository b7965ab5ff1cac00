package io.dsstudio.ui.overview;

import java.util.List;

/** Where a click on the overview leads: the views that show the thing clicked. */
public interface OverviewNavigator {
    /** The DaemonSets view with this DaemonSet selected; {@code onlyNotRunning} filters its placement table. */
    void showDaemonSet(String key, boolean onlyNotRunning);

    /** The Nodes view with these nodes selected. */
    void showNodes(List<String> nodes);
}

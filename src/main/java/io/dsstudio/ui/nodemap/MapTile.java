package io.dsstudio.ui.nodemap;

/**
 * One node on the map.
 *
 * @param ghost what a staged edit would do on this node, or {@link Ghost#NONE}
 */
public record MapTile(String name, String group, MapColor color, Ghost ghost, String tooltip) {
    /** The what-if overlay of a tile. */
    public enum Ghost { NONE, GAINS_POD, LOSES_POD }
}

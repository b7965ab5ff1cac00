package io.dsstudio.ui.nodemap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every node as a tile, grouped, coloured and selectable; painted by {@link NodeMapSkin} on a Canvas. Colours
 * are CSS-styleable ({@code -ds-map-ok}, …) so the theme decides them.
 */
public final class NodeMapView extends Control {
    public static final String STYLE_CLASS = "node-map";
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        for (MapColor color : MapColor.values()) {
            list.add(new ColorMetaData(color));
        }
        CSS_META_DATA = Collections.unmodifiableList(list);
    }

    private final ObservableList<MapTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 0);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 0);
    private final ObjectProperty<Consumer<String>> onTileClicked = new SimpleObjectProperty<>(this, "onTileClicked", name -> { });
    private final Map<MapColor, StyleableObjectProperty<Paint>> colors = new EnumMap<>(MapColor.class);

    public NodeMapView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        for (MapColor color : MapColor.values()) {
            colors.put(color, new SimpleStyleableObjectProperty<>(metaData(color), this, color.name(), Color.GRAY));
        }
    }

    @SuppressWarnings("unchecked")
    private static CssMetaData<NodeMapView, Paint> metaData(MapColor color) {
        for (CssMetaData<? extends Styleable, ?> data : CSS_META_DATA) {
            if (data instanceof ColorMetaData c && c.color == color) {
                return (CssMetaData<NodeMapView, Paint>) data;
            }
        }
        throw new IllegalStateException(color.name());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NodeMapSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS_META_DATA;
    }

    public Paint color(MapColor color) {
        return colors.get(color).get();
    }

    public ObjectProperty<Paint> colorProperty(MapColor color) {
        return colors.get(color);
    }

    public ObservableList<MapTile> getTiles() {
        return tiles;
    }

    public ObservableList<String> getSelected() {
        return selected;
    }

    public double getZoom() {
        return zoom.get();
    }

    public double getPanX() {
        return panX.get();
    }

    public double getPanY() {
        return panY.get();
    }

    public void setOnTileClicked(Consumer<String> handler) {
        onTileClicked.set(handler);
    }

    public Consumer<String> getOnTileClicked() {
        return onTileClicked.get();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    public ObjectProperty<Consumer<String>> onTileClickedProperty() {
        return onTileClicked;
    }

    /** Zooms by {@code factor} around the view point (x, y), keeping that point fixed; zoom stays in 0.2 to 5. */
    public void zoomAt(double factor, double x, double y) {
        double old = zoom.get();
        double now = Math.max(0.2, Math.min(5, old * factor));
        panX.set(x - (x - panX.get()) * now / old);
        panY.set(y - (y - panY.get()) * now / old);
        zoom.set(now);
    }

    public void resetView() {
        zoom.set(1);
        panX.set(0);
        panY.set(0);
    }

    /** CSS metadata of one tile colour. */
    private static final class ColorMetaData extends CssMetaData<NodeMapView, Paint> {
        private final MapColor color;

        ColorMetaData(MapColor color) {
            super(color.cssProperty(), StyleConverter.getPaintConverter(), Color.GRAY);
            this.color = color;
        }

        @Override
        public boolean isSettable(NodeMapView view) {
            return !view.colors.get(color).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(NodeMapView view) {
            return view.colors.get(color);
        }
    }
}

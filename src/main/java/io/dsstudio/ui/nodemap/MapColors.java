package io.dsstudio.ui.nodemap;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The CSS-styleable colours of one {@link NodeMapView}, one {@code -ds-map-*} property per {@link MapColor}. */
final class MapColors {
    static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        for (MapColor color : MapColor.values()) {
            list.add(new ColorMetaData(color));
        }
        CSS_META_DATA = Collections.unmodifiableList(list);
    }

    private final Map<MapColor, StyleableObjectProperty<Paint>> colors = new EnumMap<>(MapColor.class);

    MapColors(NodeMapView view) {
        for (MapColor color : MapColor.values()) {
            colors.put(color, new SimpleStyleableObjectProperty<>(metaData(color), view, color.name(), Color.GRAY));
        }
    }

    StyleableObjectProperty<Paint> get(MapColor color) {
        return colors.get(color);
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

    /** CSS metadata of one map colour. */
    private static final class ColorMetaData extends CssMetaData<NodeMapView, Paint> {
        private final MapColor color;

        ColorMetaData(MapColor color) {
            super(color.cssProperty(), StyleConverter.getPaintConverter(), Color.GRAY);
            this.color = color;
        }

        @Override
        public boolean isSettable(NodeMapView view) {
            return !view.colorProperty(color).isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(NodeMapView view) {
            return view.colorProperty(color);
        }
    }
}

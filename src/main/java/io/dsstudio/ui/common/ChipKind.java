package io.dsstudio.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/**
 * What a {@link StatusChip} says: a tone (its colour) and an icon, so no status is told by colour alone.
 * The verdict kinds carry the names of the placement matrix's verdicts ({@code ChipKind.valueOf(verdict.name())}).
 */
public enum ChipKind {
    READY(Tone.OK, Material2AL.CHECK_CIRCLE),
    NOT_READY(Tone.ERROR, Material2AL.CANCEL),
    UNKNOWN(Tone.MUTED, Material2AL.HELP_OUTLINE),
    CORDONED(Tone.WARN, Material2AL.BLOCK),
    RUNS(Tone.OK, Material2AL.CHECK),
    RUNS_MISSCHEDULED(Tone.WARN, Material2MZ.WARNING),
    OUT_OF_DATE(Tone.INFO, Material2MZ.UPDATE),
    WILL_CREATE(Tone.ACCENT, Material2AL.ADD_CIRCLE_OUTLINE),
    WILL_DELETE(Tone.ERROR, Material2MZ.REMOVE_CIRCLE_OUTLINE),
    WILL_EVICT(Tone.ERROR, Material2AL.EJECT),
    EXCLUDED(Tone.MUTED, Material2MZ.REMOVE),
    SUCCESS(Tone.OK, Material2AL.CHECK_CIRCLE),
    WARNING(Tone.WARN, Material2MZ.WARNING),
    DANGER(Tone.ERROR, Material2AL.ERROR_OUTLINE),
    INFO(Tone.INFO, Material2AL.INFO),
    NEUTRAL(Tone.MUTED, Material2AL.FIBER_MANUAL_RECORD);

    /** The colour family; app.css gives each a text colour that reads at 4.5:1 in both themes. */
    public enum Tone {
        OK, WARN, ERROR, INFO, ACCENT, MUTED;

        /** The style class of this tone ({@code ds-tone-ok}, …). */
        public String styleClass() {
            return Styles.TONE_PREFIX + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Tone tone;
    private final Ikon icon;

    ChipKind(Tone tone, Ikon icon) {
        this.tone = tone;
        this.icon = icon;
    }

    public Tone tone() {
        return tone;
    }

    public Ikon icon() {
        return icon;
    }

    /** The style class of this kind ({@code ds-chip-not-ready}, …), for CSS that wants more than the tone. */
    public String styleClass() {
        return Styles.CHIP + "-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

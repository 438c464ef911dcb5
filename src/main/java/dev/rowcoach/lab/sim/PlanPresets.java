package dev.rowcoach.lab.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named plans, usable wherever a plan is expected ({@code --plan strict-heavy}). */
public final class PlanPresets {

    private static final Map<String, String> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("demo", "barbell-row 2x8 @80kg swing=cheat-last=2 rest=60");
        PRESETS.put("strict-heavy", "barbell-row 3x5 @110kg swing=strict rest=120");
        PRESETS.put("cheat-fatigue", "barbell-row 2x12 @70kg swing=cheat-last=4 loss=0.3 rest=90");
        PRESETS.put("body-english", "barbell-row 1x8 @90kg swing=cheat dip=yes; rest 90; barbell-row 1x6 @100kg swing=excessive dip=yes");
        PRESETS.put("pendlay", "pendlay-row 3x5 @90kg rest=120");
        PRESETS.put("yates", "yates-row 2x8 @100kg swing=cheat-last=3 rest=90");
        PRESETS.put("kroc", "kroc-row 2x15 @40kg rest=90");
        PRESETS.put("dumbbell", "dumbbell-row 3x10 @35kg rest=60");
        PRESETS.put("t-bar", "t-bar-row 3x10 @60kg rest=75");
        PRESETS.put("supported", "seal-row 2x10 @50kg rest=60; rest 90; chest-supported-row 2x10 @40kg rest=60");
        PRESETS.put("mixed", "barbell-row 2x8 @80kg swing=cheat-last=2; rest 90; pendlay-row 1x5 @90kg; rest 90; "
                + "yates-row 1x8 @90kg swing=cheat; rest 60; seal-row 1x10 @50kg");
        PRESETS.put("quick", "barbell-row 1x5 @60kg");
    }

    private PlanPresets() {
    }

    /** The plan text of preset {@code name}, or {@code null} when there is none. */
    public static String get(String name) {
        return PRESETS.get(name.trim());
    }

    /** Preset names and their plans, in a stable order. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(PRESETS);
    }

    /** Preset names, comma separated, for messages. */
    public static String names() {
        return String.join(", ", PRESETS.keySet());
    }
}

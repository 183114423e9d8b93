package cn.kaohe.shared;

import java.time.ZoneId;

/**
 * The one time zone of Kaohe: deadlines, working days, notice windows, the engine clock, exports and the pages' dates
 * are all read in it. The configuration key {@code kaohe.zone} is checked against it at start-up (a different zone
 * there would split the engine clock from the working-day calendar; docs/adr/0022).
 */
public final class KaoheZone {

    /** The zone's id, also the default of {@code kaohe.zone}. */
    public static final String ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ID);

    private KaoheZone() {}

    /**
     * The zone configured under {@code kaohe.zone}, which must be {@link #ZONE}.
     *
     * @throws IllegalStateException naming the key if it names another zone
     */
    public static ZoneId checked(String configured) {
        ZoneId zone = configured == null || configured.isBlank() ? ZONE : ZoneId.of(configured.strip());
        if (!zone.normalized().equals(ZONE.normalized())) {
            throw new IllegalStateException(
                    "kaohe.zone=" + configured + " is not supported: deadlines, working days and"
                            + " notice windows are defined in " + ID + " (docs/adr/0022)");
        }
        return ZONE;
    }
}

package kz.digitaledu.coding.judge;

import java.util.List;

/**
 * Health/status of the judge.
 *
 * @param ready      true if submissions can be judged (sandbox and resource limits available)
 * @param cgroupMode "v2", "v1" or "none"
 * @param cgroupRoot where the judge's cgroups are created (null if none)
 * @param bwrap      bubblewrap version string, or null if missing
 * @param messageKey {@link MessageKey#HEALTH_READY} or the reason why judging is refused
 * @param detail     technical detail (English)
 * @param languages  configured language ids
 * @param warm       state of each language's prepared artefacts: "ready", "building", "off" or "failed: ..."
 */
public record JudgeHealth(boolean ready, String cgroupMode, String cgroupRoot, String bwrap, MessageKey messageKey,
                          String detail, List<String> languages, java.util.Map<String, String> warm) {
    public JudgeHealth {
        languages = List.copyOf(languages);
        warm = java.util.Map.copyOf(warm);
    }
}

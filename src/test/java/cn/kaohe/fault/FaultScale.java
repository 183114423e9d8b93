package cn.kaohe.fault;

/**
 * Sizes of the fault suite. The quick part runs in {@code ./mvnw verify}; the full part with
 * {@code -Dkaohe.fault.full=true} (see the report of ADR 0010 for the command).
 */
final class FaultScale {

    static final boolean FULL = Boolean.getBoolean("kaohe.fault.full");

    /** Concurrent double completions (each task completed twice at the same moment). */
    static final int DOUBLE_COMPLETIONS = Integer.getInteger("kaohe.fault.doubleCompletions", FULL ? 1000 : 200);

    /** Monthly campaigns of the demo township (61 cadres each) opened for the double completions. */
    static int campaignsFor(int tasks) {
        return (tasks + 60) / 61;
    }

    /** Monthly campaigns of the demo township whose self-evaluation deadlines fall due on two nodes at once. */
    static final int DEADLINE_CAMPAIGNS = Integer.getInteger("kaohe.fault.deadlineCampaigns", 1);

    /**
     * Cadres of a county-scale township opened besides them (full mode: 5,000 — with the demo's 61, 5,061 due
     * self-evaluations, each with its reminder and escalation).
     */
    static final int DEADLINE_COUNTY = Integer.getInteger("kaohe.fault.deadlineCounty", FULL ? 5000 : 0);

    /** Cadres of the county-scale township whose opening the kill -9 programme interrupts (chunks of 250). */
    static final int KILL_CADRES = Integer.getInteger("kaohe.fault.killCadres", FULL ? 5000 : 600);

    private FaultScale() {}
}

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

    /** Monthly campaigns whose self-evaluation deadlines fall due on two nodes at once. */
    static final int DEADLINE_CAMPAIGNS = Integer.getInteger("kaohe.fault.deadlineCampaigns", FULL ? 7 : 1);

    /** Cadres of the county-scale township whose opening the kill -9 programme interrupts (chunks of 250). */
    static final int KILL_CADRES = Integer.getInteger("kaohe.fault.killCadres", FULL ? 5000 : 600);

    private FaultScale() {}
}

package cn.kaohe.web.security;

import java.util.Optional;

/**
 * Who a record belongs to, as the access policy needs it. The modules that own the records answer (campaign for
 * assessments, ledger for ledger entries, appeal for appeals), so that the policy reads no other module's tables
 * (docs/adr/0023).
 */
public final class RecordOwners {

    private RecordOwners() {}

    /** The cadre assessed and the leader who rates, of one assessment. */
    public interface Assessments {

        /** Empty when there is no such assessment. */
        Optional<Parties> parties(long assessmentId);

        /** Whether {@code leaderCadreId} rates {@code cadreId} in any assessment. */
        boolean rates(long leaderCadreId, long cadreId);
    }

    /** The cadre and the leader of an assessment (the leader may be null). */
    public record Parties(Long cadreId, Long leaderId) {}

    /** The cadre a ledger entry is about. */
    public interface LedgerEntries {

        /** Empty when there is no such entry; a subject with a null cadre for a fact about a unit. */
        Optional<Subject> subject(long entryId);
    }

    /** The cadre a ledger entry is about, null for a unit's fact. */
    public record Subject(Long cadreId) {}

    /** The login of an appeal's appellant. */
    public interface Appeals {

        /** Empty when there is no such appeal. */
        Optional<String> appellant(long appealId);
    }
}

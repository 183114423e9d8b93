package cn.kaohe.leave.web;

import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.leave.LeaveRequest;
import cn.kaohe.leave.LeaveService;
import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.KaoheUser;
import cn.kaohe.web.security.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leave requests (请销假): a cadre asks and returns (销假) for themselves, the office may file a written request for a
 * cadre; the approver decides here or in 我的待办 (the same task); the office confirms unreported absences as 旷工.
 * Role rules are checked here; the URL rule only asks for a login.
 */
@RestController
@RequestMapping("/api/leaves")
class LeaveController {

    private final LeaveService leaves;
    private final CampaignRoster roster;
    private final AccessPolicy policy;

    LeaveController(LeaveService leaves, CampaignRoster roster, AccessPolicy policy) {
        this.leaves = leaves;
        this.roster = roster;
        this.policy = policy;
    }

    record LeaveView(
            Long id,
            Long cadreId,
            String cadreName,
            String type,
            String typeLabel,
            LocalDate from,
            LocalDate to,
            int days,
            String reason,
            String status,
            String statusLabel,
            String approverRole,
            String approverLogin,
            String approverName,
            OffsetDateTime requestedAt,
            OffsetDateTime decisionDue,
            boolean decisionEscalated,
            String decidedBy,
            OffsetDateTime decidedAt,
            String decisionNote,
            LocalDate returnedOn,
            Integer daysTaken,
            Long ledgerEntryId) {}

    record Decision(Boolean approve, String note) {}

    record AbsenceView(Long ledgerEntryId, Long cadreId, String factType, LocalDate occurredOn, String quantity) {}

    @GetMapping("/mine")
    List<LeaveView> mine() {
        KaoheUser user = policy.user();
        return user.cadreId() == null ? List.of() : views(leaves.ofCadre(user.cadreId()));
    }

    @GetMapping("/to-approve")
    List<LeaveView> toApprove() {
        return views(leaves.toApprove(policy.user().login()));
    }

    @GetMapping
    List<LeaveView> latest() {
        policy.require(Role.OFFICE, Role.COMMITTEE);
        return views(leaves.latest());
    }

    @GetMapping("/{id}")
    LeaveView one(@PathVariable long id) {
        LeaveRequest r = leaves.request(id);
        KaoheUser user = policy.user();
        boolean own = r.getCadreId().equals(user.cadreId()) || user.login().equals(r.getApproverLogin());
        if (!own) {
            policy.require(Role.OFFICE, Role.COMMITTEE);
        }
        return views(List.of(r)).get(0);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LeaveView ask(@RequestBody(required = false) LeaveService.Ask ask) {
        LeaveService.Ask a = ask == null ? new LeaveService.Ask(null, null, null, null, null) : ask;
        return views(List.of(leaves.ask(a, actor()))).get(0);
    }

    @PostMapping("/{id}/decision")
    LeaveView decide(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        KaoheUser user = policy.user();
        Decision d = decision == null ? new Decision(null, null) : decision;
        leaves.decideThroughTask(id, user.login(), user.groups(), d.approve(), d.note());
        return views(List.of(leaves.request(id))).get(0);
    }

    @PostMapping("/{id}/return")
    LeaveView returnFromLeave(@PathVariable long id) {
        return views(List.of(leaves.returnFromLeave(id, actor()))).get(0);
    }

    @PostMapping("/absences")
    @ResponseStatus(HttpStatus.CREATED)
    AbsenceView confirmAbsence(@RequestBody(required = false) LeaveService.ConfirmAbsence absence) {
        policy.require(Role.OFFICE);
        LeaveService.ConfirmAbsence c =
                absence == null ? new LeaveService.ConfirmAbsence(null, null, null, null) : absence;
        LedgerEntry e = leaves.confirmAbsence(c, policy.user().login());
        return new AbsenceView(
                e.getId(),
                e.getCadreId(),
                e.getFactType(),
                e.getOccurredOn(),
                e.getQuantity().toPlainString());
    }

    private LeaveService.Actor actor() {
        KaoheUser user = policy.user();
        return new LeaveService.Actor(user.login(), user.cadreId(), user.has(Role.OFFICE));
    }

    private List<LeaveView> views(List<LeaveRequest> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(r -> {
            ids.add(r.getCadreId());
            if (r.getApproverId() != null) {
                ids.add(r.getApproverId());
            }
        });
        Map<Long, String> names = roster.cadreNames(ids);
        return list.stream()
                .map(r -> new LeaveView(
                        r.getId(),
                        r.getCadreId(),
                        names.get(r.getCadreId()),
                        r.getType().name(),
                        r.getType().label(),
                        r.getFrom(),
                        r.getTo(),
                        r.getDays(),
                        r.getReason(),
                        r.getStatus().name(),
                        r.getStatus().label(),
                        r.getApproverRole().label(),
                        r.getApproverLogin(),
                        r.getApproverId() == null ? "办公室" : names.get(r.getApproverId()),
                        r.getRequestedAt(),
                        r.getDecisionDue(),
                        r.isDecisionEscalated(),
                        r.getDecidedBy(),
                        r.getDecidedAt(),
                        r.getDecisionNote(),
                        r.getReturnedOn(),
                        r.getDaysTaken(),
                        r.getLedgerEntryId()))
                .toList();
    }
}

package cn.kaohe.deposit.web;

import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.deposit.RiskDeposit;
import cn.kaohe.deposit.RiskDepositService;
import cn.kaohe.web.security.AccessPolicy;
import cn.kaohe.web.security.Role;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Risk deposits (风险抵押金): the office records and settles them; a cadre reads their own, readers all of a year. */
@RestController
@RequestMapping("/api/risk-deposits")
class RiskDepositController {

    private final RiskDepositService deposits;
    private final AccessPolicy policy;
    private final CampaignRoster roster;

    RiskDepositController(RiskDepositService deposits, AccessPolicy policy, CampaignRoster roster) {
        this.deposits = deposits;
        this.policy = policy;
        this.roster = roster;
    }

    /** A deposit with its cadre's name, for the pages. */
    record DepositView(@JsonUnwrapped RiskDeposit deposit, String cadreName) {}

    @GetMapping
    List<DepositView> ofYear(@RequestParam int year) {
        policy.require(Role.OFFICE, Role.COMMITTEE, Role.PARTY);
        return views(deposits.ofYear(year));
    }

    @GetMapping("/mine")
    List<DepositView> mine() {
        Long cadre = policy.user().cadreId();
        return cadre == null ? List.of() : views(deposits.ofCadre(cadre));
    }

    private List<DepositView> views(List<RiskDeposit> list) {
        Map<Long, String> names = roster.cadreNames(
                list.stream().map(RiskDeposit::getCadreId).distinct().toList());
        return list.stream()
                .map(d -> new DepositView(d, names.get(d.getCadreId())))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RiskDeposit pay(@RequestBody(required = false) RiskDepositService.Pay pay) {
        policy.require(Role.OFFICE);
        return deposits.pay(
                pay == null ? new RiskDepositService.Pay(null, null, null, null, null) : pay,
                policy.user().login());
    }

    @PostMapping("/{id}/settlement")
    RiskDeposit settle(@PathVariable long id, @RequestBody(required = false) RiskDepositService.Settle settle) {
        policy.require(Role.OFFICE);
        return deposits.settle(id, settle, policy.user().login());
    }
}

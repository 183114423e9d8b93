package cn.kaohe.org.web;

import cn.kaohe.org.CadreSummary;
import cn.kaohe.org.LiaisonVillages;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.RankingGroup;
import cn.kaohe.org.RankingGroups;
import cn.kaohe.org.UnitDetail;
import cn.kaohe.org.UnitNode;
import cn.kaohe.org.UnitRef;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Units (单位): the tree, one unit, its cadres; creating a unit. */
@RestController
@RequestMapping("/api/units")
class UnitController {

    private final OrgService org;
    private final RankingGroups groups;
    private final LiaisonVillages liaisonVillages;

    UnitController(OrgService org, RankingGroups groups, LiaisonVillages liaisonVillages) {
        this.org = org;
        this.groups = groups;
        this.liaisonVillages = liaisonVillages;
    }

    /**
     * Sets the village (community) the office liaises with (所在办联系的村, seed 000 三(一)); empty: none. A cadre who moved
     * mid-year and is not resident in a village is scored by it in annual campaigns. Audited.
     */
    @PutMapping("/{id}/liaison-village")
    Map<String, Object> liaisonVillage(@PathVariable long id, @Valid @RequestBody Requests.LiaisonVillageChange r) {
        UnitRef village = liaisonVillages.set(id, r.liaisonVillageId(), r.reason());
        return village == null ? Map.of() : Map.of("liaisonVillage", village);
    }

    /** The village the office liaises with, if set. */
    @GetMapping("/{id}/liaison-village")
    Map<String, Object> liaisonVillage(@PathVariable long id) {
        org.unit(id);
        UnitRef village = liaisonVillages.of(List.of(id)).get(id);
        return village == null ? Map.of() : Map.of("liaisonVillage", village);
    }

    /** Places the unit in a ranking group (seed 004 第二十一条 分开评比); empty: the group of its kind. Audited. */
    @PutMapping("/{id}/ranking-group")
    Map<String, String> rankingGroup(@PathVariable long id, @Valid @RequestBody Requests.RankingGroupChange r) {
        RankingGroup g = groups.set(id, r.rankingGroup(), r.reason());
        return g == null ? Map.of() : Map.of("rankingGroup", g.name(), "label", g.label());
    }

    @GetMapping
    List<UnitNode> tree() {
        return org.unitTree();
    }

    @GetMapping("/{id}")
    UnitDetail unit(@PathVariable long id) {
        return org.unit(id);
    }

    @GetMapping("/{id}/cadres")
    List<CadreSummary> cadres(@PathVariable long id, @RequestParam(defaultValue = "false") boolean includeSubunits) {
        return org.cadresOfUnit(id, includeSubunits);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UnitDetail create(@Valid @RequestBody Requests.UnitRequest r) {
        return org.createUnit(
                r.code().strip(),
                r.name().strip(),
                r.kind(),
                r.parentId(),
                r.sortOrder() == null ? 0 : r.sortOrder(),
                r.reason());
    }
}

package cn.kaohe.campaign.web;

import cn.kaohe.campaign.VillageGrades;
import cn.kaohe.scoring.ScoringInput.VillageGrade;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly 党建 scores of villages and communities (seed 003 六3), entered by the office. */
@RestController
@RequestMapping("/api/village-grades")
class VillageGradeController {

    private final VillageGrades grades;

    VillageGradeController(VillageGrades grades) {
        this.grades = grades;
    }

    record GradeRequest(Long villageId, YearMonth month, BigDecimal score, String reason) {}

    @PostMapping
    VillageGrade record(@RequestBody(required = false) GradeRequest r, Principal user) {
        GradeRequest req = r == null ? new GradeRequest(null, null, null, null) : r;
        return grades.record(req.villageId(), req.month(), req.score(), user.getName(), req.reason());
    }

    /** A village's grades in the months from {@code from} to {@code to} (e.g. 2026-07 … 2026-09), with its places. */
    @GetMapping
    List<VillageGrade> list(@RequestParam long village, @RequestParam YearMonth from, @RequestParam YearMonth to) {
        return grades.of(List.of(village), from, to);
    }
}

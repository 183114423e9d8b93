package cn.kaohe.org;

import java.util.List;

/**
 * The assessment committee (考核领导小组) and its office (绩考办), seed 000 一: 主任, 副主任, 成员; the 绩考办主任;
 * who 全面负责绩考工作; and the office's members (各办、大队、中心、站、所负责人, derived from post rank).
 */
public record CommitteeView(
        List<CadreRef> directors,
        List<CadreRef> deputyDirectors,
        List<CadreRef> members,
        CadreRef officeDirector,
        CadreRef assessmentLead,
        List<CadreRef> officeMembers) {}

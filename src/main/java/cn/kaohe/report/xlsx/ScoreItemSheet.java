package cn.kaohe.report.xlsx;

import cn.kaohe.report.model.ScoreItem;
import cn.kaohe.report.model.ScoreSheet;
import cn.kaohe.report.model.ScoreSheetReport;
import cn.kaohe.spreadsheet.CellKind;
import cn.kaohe.spreadsheet.Column;
import cn.kaohe.spreadsheet.DataSheet;
import java.util.List;

/** 个人考核评分表 as data: one row per deduction or credit, named by cadre, rule, clause and fact. */
final class ScoreItemSheet {

    private ScoreItemSheet() {}

    record Line(ScoreSheet sheet, ScoreItem item) {}

    static DataSheet<Line> of(ScoreSheetReport report) {
        List<Line> lines = report.sheets().stream()
                .flatMap(s -> s.items().stream().map(i -> new Line(s, i)))
                .toList();
        return new DataSheet<>(
                "扣分加分明细",
                List.of(
                        Column.text("姓名", l -> l.sheet().cadreName()),
                        Column.text("单位", l -> l.sheet().unitName()),
                        Column.text("类别", l -> l.item().category()),
                        Column.text("扣分/加分", l -> l.item().kind()),
                        Column.text("规则", l -> l.item().rule()),
                        Column.text("条款", l -> l.item().clause()),
                        Column.text("台账事项", l -> l.item().fact()),
                        Column.of("日期", CellKind.DATE, l -> l.item().factDate()),
                        Column.of("分值", CellKind.SCORE, l -> l.item().points()),
                        Column.of("总分", CellKind.SCORE, l -> l.sheet().total()),
                        Column.text("等次", l -> l.sheet().grade())),
                lines);
    }
}

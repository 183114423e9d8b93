package cn.kaohe.scheme;

import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.shared.KaoheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The schemes shipped with the app, one per seed scheme (src/main/resources/schemes/*.yaml). */
public final class SchemePresets {

    /** A preset: file name under {@code schemes/}, code and the seed it implements. */
    public record Preset(String code, String file, String seed, String title) {}

    private static final List<Preset> PRESETS = List.of(
            new Preset("daligang-2021", "daligang-2021.yaml", "seed 000", "大栗港镇2021年机关干部目标管理考核"),
            new Preset(
                    "water-bureau-performance",
                    "water-bureau-performance.yaml",
                    "seed 001 篇一",
                    "水利局绩效管理（指标考核、公众评议、察访核验）"),
            new Preset("township-thousand-point", "township-thousand-point.yaml", "seed 001 篇二", "乡绩效管理千分制综合评估"),
            new Preset("student-cadre", "student-cadre.yaml", "seed 001 篇三", "学生干部考核（S/A/B/C/D）"),
            new Preset(
                    "town-cadre-discipline",
                    "town-cadre-discipline.yaml",
                    "seed 001 篇四",
                    "镇干部管理与目标考评（基础分100，上限130下限70）"),
            new Preset(
                    "safety-production-responsibility",
                    "safety-production-responsibility.yaml",
                    "seed 001 篇五",
                    "安全生产责任书年终考评（创建安全生产示范乡镇）"),
            new Preset("town-office-internal", "town-office-internal.yaml", "seed 002", "镇内部科室绩效考核"),
            new Preset("town-office-quarterly", "town-office-quarterly.yaml", "seed 002", "镇内部科室季度业绩评价"),
            new Preset("baicheng-monthly", "baicheng-monthly.yaml", "seed 003", "拜城县乡镇干部业绩考核（月度A/B/C/D）"),
            new Preset("zhongshan-units", "zhongshan-units.yaml", "seed 004", "钟山区区直单位和镇乡街道工作目标管理"));

    private SchemePresets() {}

    public static List<Preset> list() {
        return PRESETS;
    }

    /** The YAML text of a preset (with its clause comments). */
    public static String text(String code) {
        Preset p = PRESETS.stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new KaoheException(SchemeError.PRESET_NOT_FOUND, code));
        try (InputStream in = SchemePresets.class.getResourceAsStream("/schemes/" + p.file())) {
            if (in == null) {
                throw new KaoheException(SchemeError.PRESET_NOT_FOUND, code);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and validates a preset. */
    public static SchemeVersion load(String code) {
        return SchemeDocuments.readYaml(text(code));
    }
}

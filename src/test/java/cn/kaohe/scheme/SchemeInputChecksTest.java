package cn.kaohe.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11: office texts that become codes and file names are checked; duplicate keys are errors. */
class SchemeInputChecksTest {

    static final String PRESET = SchemePresets.text("daligang-2021");

    static String withCode(String code) {
        return PRESET.replace("code: daligang-2021", "code: \"" + code + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a\\r\\nSet-Cookie: x=1", "Daligang", "-lead", "a b", "x/y", "代码"})
    void aSchemeCodeThatIsNoPlainCodeIsRefusedNamingTheField(String code) {
        assertThatThrownBy(() -> SchemeDocuments.readYaml(withCode(code)))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).contains("code"));
    }

    @Test
    void aSixtyFiveCharacterCodeIsRefusedSixtyFourPass() {
        assertThat(SchemeDocuments.readYaml(withCode("a".repeat(64))).code()).hasSize(64);
        assertThatThrownBy(() -> SchemeDocuments.readYaml(withCode("a".repeat(65))))
                .isInstanceOf(KaoheException.class);
    }

    @Test
    void thePresetsCodesPass() {
        assertThat(SchemeDocuments.readYaml(PRESET).code()).isEqualTo("daligang-2021");
    }

    @Test
    void aDuplicateYamlKeyIsRefusedNamingTheKey() {
        String twice = PRESET.replace("name: 大栗港镇2021年机关干部目标管理考核", "name: 大栗港镇2021年机关干部目标管理考核\nname: 另一个名称");
        assertThatThrownBy(() -> SchemeDocuments.readYaml(twice))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("“name” 重复出现");
    }

    @Test
    void aDuplicateJsonKeyIsRefusedNamingTheKey() {
        String json = SchemeDocuments.write(SchemeDocuments.readYaml(PRESET), SchemeDocuments.Format.JSON)
                .replaceFirst("\"code\" : \"daligang-2021\"", "\"code\" : \"daligang-2021\", \"code\" : \"other\"");
        assertThat(json).contains("\"other\"");
        assertThatThrownBy(() -> SchemeDocuments.readJson(json))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("“code” 重复出现");
    }

    @Test
    void anAppealWindowOfZeroDaysIsRefused() {
        // 公务员法 第九十五条: 30 days; zero would close appeals before they open
        assertThatThrownBy(() -> new ProcessSettings(3, 0, 24, 7).validated())
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("appealWindowDays"));
        assertThat(new ProcessSettings(3, 1, 24, 7).validated().appealWindowDays())
                .isEqualTo(1);
    }
}

package cn.kaohe.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.SchemeValidator;
import cn.kaohe.scoring.model.SchemeVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemePresetsTest {

    static java.util.List<String> codes() {
        return SchemePresets.list().stream().map(SchemePresets.Preset::code).toList();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyPresetLoadsAndValidates(String code) {
        SchemeVersion scheme = SchemePresets.load(code);
        assertThat(scheme.code()).isEqualTo(code);
        assertThat(SchemeValidator.validate(scheme)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyPresetSurvivesAYamlAndJsonRoundTrip(String code) {
        SchemeVersion scheme = SchemePresets.load(code);
        assertThat(SchemeDocuments.readYaml(SchemeDocuments.write(scheme, SchemeDocuments.Format.YAML)))
                .isEqualTo(scheme);
        assertThat(SchemeDocuments.readJson(SchemeDocuments.write(scheme, SchemeDocuments.Format.JSON)))
                .isEqualTo(scheme);
    }
}

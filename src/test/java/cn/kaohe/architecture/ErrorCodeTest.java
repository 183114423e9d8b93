package cn.kaohe.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.shared.ErrorCode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every error a user can cause has a stable, unique code and a Chinese message. */
class ErrorCodeTest {

    static List<ErrorCode> allErrorCodes() {
        List<ErrorCode> codes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kaohe")) {
            if (c.isEnum() && c.isAssignableTo(ErrorCode.class)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    codes.add((ErrorCode) constant);
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeIsUniqueAndWellFormed() {
        List<ErrorCode> codes = allErrorCodes();
        assertThat(codes).isNotEmpty();
        Set<String> seen = new HashSet<>();
        for (ErrorCode code : codes) {
            assertThat(code.code()).as("%s", code).matches("[A-Z]+-\\d{3}");
            assertThat(seen.add(code.code()))
                    .as("duplicate code %s", code.code())
                    .isTrue();
            assertThat(code.httpStatus()).as("%s", code).isBetween(400, 599);
        }
    }

    @Test
    void everyCodeHasAChineseMessage() {
        for (ErrorCode code : allErrorCodes()) {
            assertThat(code.messageTemplate())
                    .as("zh-CN message of %s", code.code())
                    .containsPattern("\\p{IsHan}");
        }
    }
}

package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class ContentDispositionsTest {

    @Test
    void encodesTheChineseFileNameAsRfc5987WithAnAsciiFallback() {
        String header = ContentDispositions.attachment("考核结果排名表-2021年度.pdf");

        assertThat(header)
                .isEqualTo("attachment; filename=\"_______-2021__.pdf\"; filename*=UTF-8''"
                        + "%E8%80%83%E6%A0%B8%E7%BB%93%E6%9E%9C%E6%8E%92%E5%90%8D%E8%A1%A8-2021%E5%B9%B4%E5%BA%A6.pdf");
    }

    @Test
    void springParsesTheHeaderBackToTheChineseName() {
        String name = "绩效奖金分配表 (第2版)；喆堃玥.xlsx";

        ContentDisposition parsed = ContentDisposition.parse(ContentDispositions.attachment(name));

        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo(name);
    }

    @Test
    void neverLetsQuotesSemicolonsOrPathSeparatorsIntoTheFallback() {
        String header = ContentDispositions.inline("a\"b;c/d\\e%f.pdf");

        assertThat(header).startsWith("inline; filename=\"a_b_c_d_e_f.pdf\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("''") + 2);
        assertThat(encoded).doesNotContain("\"", ";", "/", " ");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("a\"b;c/d\\e%f.pdf");
    }

    @Test
    void encodesSpacesAsPercent20NotPlus() {
        assertThat(ContentDispositions.encode("排名 表")).isEqualTo("%E6%8E%92%E5%90%8D%20%E8%A1%A8");
    }
}
